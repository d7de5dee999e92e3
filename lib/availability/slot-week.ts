import { addClinicDays, isClinicDate, weekRange } from "./clinic-date";
import { clinicToday } from "./clinic-time";
import { DEFAULT_HORIZON_DAYS, DEFAULT_MIN_NOTICE_HOURS } from "./constants";
import type { ClinicDate } from "./types";

export type SlotWeek = {
  from: ClinicDate;
  to: ClinicDate;
  previous: ClinicDate | null;
  next: ClinicDate | null;
};

/**
 * The Monday–Sunday week a slot picker shows. Without a (valid) requested
 * date it opens on the first week that can have a bookable time, and it never
 * pages before this week or past the booking horizon.
 */
export function slotWeek(requested: string | undefined, now: Date, timeZone: string): SlotWeek {
  const today = clinicToday(now, timeZone);
  const firstBookable = addClinicDays(today, Math.ceil(DEFAULT_MIN_NOTICE_HOURS / 24));
  const lastBookable = addClinicDays(today, DEFAULT_HORIZON_DAYS);
  const thisWeek = weekRange(today).from;
  const lastWeek = weekRange(lastBookable).from;

  let from = weekRange(requested && isClinicDate(requested) ? requested : firstBookable).from;
  if (from < thisWeek) from = thisWeek;
  if (from > lastWeek) from = lastWeek;

  const previous = addClinicDays(from, -7);
  const next = addClinicDays(from, 7);
  return {
    from,
    to: addClinicDays(from, 6),
    previous: previous >= thisWeek ? previous : null,
    next: next <= lastWeek ? next : null,
  };
}
