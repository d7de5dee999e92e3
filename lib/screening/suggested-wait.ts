import { clinicDayOf, type IsoDay } from "./clinic-calendar";

// How long health answers suggest a flagged booking should wait. Pure: the
// reschedule page filters the times it offers and the booking service refuses
// a move with the same two functions.

/**
 * The clinic date a booking should not be moved before, or null: only a
 * FLAGGED booking (awaiting review) waits, and only when its latest screening
 * suggested a date. Once staff clear or decide, the clinic's word replaces it.
 */
export function suggestedWaitUntil(
  booking: { status: string },
  latestScreening: { earliestSuggestedDate: string | null } | null,
): IsoDay | null {
  if (booking.status !== "FLAGGED") return null;
  return latestScreening?.earliestSuggestedDate ?? null;
}

/** True when `startsAt` falls on a clinic date before `waitUntil` (that date itself is fine). */
export function startsBeforeSuggestedDate(startsAt: Date, waitUntil: IsoDay, timeZone: string): boolean {
  return clinicDayOf(startsAt, timeZone) < waitUntil;
}
