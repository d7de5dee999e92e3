import { addClinicDays, isClinicDate, weekRange } from "./clinic-date";
import { clinicDateOf, clinicToday } from "./clinic-time";
import { DEFAULT_HORIZON_DAYS, DEFAULT_MIN_NOTICE_HOURS } from "./constants";
import type { ClinicDate } from "./types";

export type SlotWeek = {
  from: ClinicDate;
  to: ClinicDate;
  previous: ClinicDate | null;
  next: ClinicDate | null;
  /**
   * The days of the week worth showing: none before the first day that can
   * have a bookable time (past days and days inside the notice period would
   * only ever say "No free times") and none after the horizon.
   */
  shownFrom: ClinicDate;
  shownTo: ClinicDate;
};

/** The first and last clinic dates that can hold a bookable start, given the notice and the horizon. */
export function bookableDates(now: Date, timeZone: string): { first: ClinicDate; last: ClinicDate } {
  const today = clinicToday(now, timeZone);
  return {
    first: clinicDateOf(new Date(now.getTime() + DEFAULT_MIN_NOTICE_HOURS * 3_600_000), timeZone),
    last: addClinicDays(today, DEFAULT_HORIZON_DAYS),
  };
}

/**
 * The Monday–Sunday week a slot picker shows. Without a (valid) requested
 * date it opens on `opensOn` (the first free time, when the caller found one)
 * or else the first week that can have a bookable time; it never pages before
 * that first bookable week or past the booking horizon.
 */
export function slotWeek(requested: string | undefined, now: Date, timeZone: string, opensOn?: ClinicDate): SlotWeek {
  const { first: firstBookable, last: lastBookable } = bookableDates(now, timeZone);
  const firstWeek = weekRange(firstBookable).from;
  const lastWeek = weekRange(lastBookable).from;

  const wanted = requested && isClinicDate(requested) ? requested : opensOn && isClinicDate(opensOn) ? opensOn : firstBookable;
  let from = weekRange(wanted).from;
  if (from < firstWeek) from = firstWeek;
  if (from > lastWeek) from = lastWeek;

  const to = addClinicDays(from, 6);
  const previous = addClinicDays(from, -7);
  const next = addClinicDays(from, 7);
  return {
    from,
    to,
    previous: previous >= firstWeek ? previous : null,
    next: next <= lastWeek ? next : null,
    shownFrom: from < firstBookable ? firstBookable : from,
    shownTo: to > lastBookable ? lastBookable : to,
  };
}
