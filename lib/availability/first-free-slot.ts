import "server-only";
import { addClinicDays } from "./clinic-date";
import { clinicDateOf } from "./clinic-time";
import { nearestSlots } from "./nearest-slots";
import { findFreeSlots } from "./slot-data";
import { bookableDates } from "./slot-week";
import type { ClinicDate, Slot } from "./types";

/** Days read per step: the first free time is usually in the first one, so most pages read one fortnight. */
const SEARCH_STEP_DAYS = 14;

/**
 * The first free time of a procedure, searching forward a fortnight at a time
 * from the first bookable day (or `notBefore`, if later) up to the booking
 * horizon — so the search is bounded. Null when nothing is free (or the slug
 * is unknown). The slot picker opens on this time's week.
 */
export async function findFirstFreeSlot(
  slug: string,
  now: Date,
  timeZone: string,
  notBefore?: ClinicDate,
): Promise<Slot | null> {
  const { first, last } = bookableDates(now, timeZone);
  let from = notBefore && notBefore > first ? notBefore : first;
  while (from <= last) {
    const stepEnd = addClinicDays(from, SEARCH_STEP_DAYS - 1);
    const to = stepEnd < last ? stepEnd : last;
    const free = await findFreeSlots(slug, { from, to }, now);
    if (!free) return null;
    if (free.slots.length > 0) return free.slots[0]!;
    from = addClinicDays(to, 1);
  }
  return null;
}

/**
 * Up to `count` free times nearest to `around` (before or after it, within
 * a week either side), in time order: what a patient is offered when the time
 * they chose has gone.
 */
export async function findNearestFreeSlots(slug: string, around: Date, now: Date, timeZone: string, count = 6): Promise<Slot[]> {
  const { first, last } = bookableDates(now, timeZone);
  const day = clinicDateOf(around, timeZone);
  const wantFrom = addClinicDays(day, -7);
  const wantTo = addClinicDays(day, 7);
  const from = wantFrom > first ? wantFrom : first;
  const to = wantTo < last ? wantTo : last;
  if (from > to) return [];
  const free = await findFreeSlots(slug, { from, to }, now);
  if (!free) return [];
  return nearestSlots(free.slots, around, count);
}
