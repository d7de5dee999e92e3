import "server-only";
import { db } from "@/lib/db/client";
import { checkInState, checkInTiming, checkInWindow, latestCheckIn, type CheckInState, type CheckInTiming } from "@/lib/screening/check-in-window";
import { checkInOpensHours, listScreeningOutcomes, type StoredOutcome } from "@/lib/screening/screening-data";
import { domainMessage } from "@/lib/messages/domain-messages";
import { describeStatus, holdsTime, type BookingStatus } from "./lifecycle";

export type CheckInOverview = {
  timing: CheckInTiming;
  state: CheckInState;
  opensAt: Date;
  opensHours: number;
  /** The latest check-in answered in this window (for its result), or null. */
  latest: StoredOutcome | null;
  /** Why the patient cannot check in at all (cancelled, not screened), or null. */
  unavailable: string | null;
};

/**
 * Where the booking's check-in stands, for a page that has already checked
 * ownership (getBookingForUser). Reads outcomes only, never answers.
 */
export async function getCheckInOverview(
  booking: { id: string; status: BookingStatus; startsAt: Date; procedure: { requiresScreening: boolean } },
  now: Date,
): Promise<CheckInOverview> {
  const opensHours = checkInOpensHours();
  const outcomes = await listScreeningOutcomes(db, booking.id);
  const { opensAt } = checkInWindow(booking.startsAt, opensHours);
  const state = checkInState(booking, outcomes, now, opensHours);
  const latest = state === "CLEAR" || state === "FLAGGED" ? (latestCheckIn(booking, outcomes, now, opensHours) ?? null) : null;
  let unavailable: string | null = null;
  if (!booking.procedure.requiresScreening) unavailable = domainMessage("CHECK_IN_NOT_NEEDED");
  else if (!holdsTime(booking.status)) unavailable = domainMessage("BOOKING_NOT_ACTIVE", { status: describeStatus(booking.status) });
  return { timing: checkInTiming(booking.startsAt, now, opensHours), state, opensAt, opensHours, latest, unavailable };
}
