import { clinicDateOf } from "@/lib/availability/clinic-time";
import type { ClinicDate } from "@/lib/availability/types";

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
): ClinicDate | null {
  if (booking.status !== "FLAGGED") return null;
  return latestScreening?.earliestSuggestedDate ?? null;
}

/** True when `startsAt` falls on a clinic date before `waitUntil` (that date itself is fine). */
export function startsBeforeSuggestedDate(startsAt: Date, waitUntil: ClinicDate, timeZone: string): boolean {
  return clinicDateOf(startsAt, timeZone) < waitUntil;
}

/**
 * The date a booking's health answers suggest, from its responses oldest
 * first: the latest one that suggested a date. A later answer set that
 * suggests none (a clear check-in, or a flag with no dated reason) does not
 * take back an earlier suggestion. The patient's rebook link, the staff
 * postpone email, the review page and the reschedule limit all read this.
 */
export function latestSuggestedDate(responses: readonly { earliestSuggestedDate: string | null }[]): ClinicDate | null {
  for (let i = responses.length - 1; i >= 0; i--) {
    const date = responses[i]!.earliestSuggestedDate;
    if (date) return date;
  }
  return null;
}
