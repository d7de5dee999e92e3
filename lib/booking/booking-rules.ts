// The per-procedure booking rules (docs/decisions/014), as pure functions over
// the few bookings of the patient that can matter: no database, no framework.
// lib/booking/booking-checks.ts reads those bookings in one query and turns a
// refusal into a DomainError.
import type { BookingStatus } from "./lifecycle";
import { TIME_HOLDING_STATUSES } from "./statuses";

export type ProcedureRules = {
  procedureId: string;
  /** How many upcoming bookings of this procedure one patient may hold at once (at least 1). */
  maxUpcomingPerPatient: number;
  /** Procedures the patient must have had, or have booked earlier, first. */
  prerequisiteIds: readonly string[];
};

/** One of the patient's bookings, as the rules need it. */
export type PatientBookingFact = {
  id: string;
  reference: string;
  procedureId: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
};

/** The booking asked for: a new one, or an existing one moving (`bookingId`, which never counts against itself). */
export type RequestedBooking = { startsAt: Date; bookingId?: string };

const holdsTime = (status: BookingStatus) => (TIME_HOLDING_STATUSES as readonly string[]).includes(status);

/**
 * The booking that makes this one a duplicate: when the patient already holds
 * as many upcoming bookings (confirmed or awaiting review, not yet started) of
 * the procedure as it allows, the earliest of them, to show and offer to move.
 * A move never adds a booking, so it is never a duplicate.
 */
export function duplicateBooking(
  rules: ProcedureRules,
  bookings: readonly PatientBookingFact[],
  requested: RequestedBooking,
  now: Date,
): PatientBookingFact | null {
  if (requested.bookingId) return null;
  const upcoming = bookings
    .filter((b) => b.procedureId === rules.procedureId && holdsTime(b.status) && b.startsAt > now)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return upcoming.length >= Math.max(1, rules.maxUpcomingPerPatient) ? upcoming[0]! : null;
}

/**
 * Whether one booking satisfies a prerequisite for a booking starting at
 * `startsAt`: a completed one, or one still holding time that ends by then.
 * Cancelled, postponed and missed (no-show) bookings do not count.
 */
export function satisfiesPrerequisite(booking: PatientBookingFact, requiredId: string, startsAt: Date, requested?: RequestedBooking): boolean {
  if (booking.procedureId !== requiredId || booking.id === requested?.bookingId) return false;
  if (booking.status === "COMPLETED") return true;
  return holdsTime(booking.status) && booking.endsAt <= startsAt;
}

/** The prerequisites the patient has neither had nor booked before `requested.startsAt`, in the procedure's order. */
export function missingPrerequisites(
  rules: ProcedureRules,
  bookings: readonly PatientBookingFact[],
  requested: RequestedBooking,
): string[] {
  return rules.prerequisiteIds.filter(
    (requiredId) => !bookings.some((b) => satisfiesPrerequisite(b, requiredId, requested.startsAt, requested)),
  );
}
