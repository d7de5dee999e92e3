import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { getClinic } from "@/lib/clinic/clinic-data";
import { BookingError } from "@/lib/booking/booking-errors";
import { describeClinicTime } from "@/lib/booking/booking-messages";
import { describeStatus, holdsTime, type BookingStatus } from "@/lib/booking/lifecycle";
import type { ScreeningReason } from "./assess-screening";
import { checkInState, checkInTiming, checkInWindow, latestCheckIn, type CheckInState, type CheckInTiming } from "./check-in-window";
import { checkInOpensHours, listScreeningOutcomes, recordScreening, type StoredOutcome } from "./screening-data";
import { validateScreeningAnswers } from "./validate-screening-answers";
import { lockForUpdate } from "@/lib/db/row-locks";

// The pre-procedure check-in as a service: the check-in page's server action
// and POST /api/bookings/{id}/screenings both call submitCheckIn, so the two
// doors give the same answers.

export type CheckInAccepted = {
  ok: true;
  responseId: string;
  outcome: "CLEAR" | "FLAGGED";
  reasons: ScreeningReason[];
  earliestSuggestedDate: string | null;
};

export type CheckInRefused = {
  ok: false;
  status: 404 | 409 | 422;
  code: string;
  message: string;
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
};

const NOT_FOUND: CheckInRefused = refusal(404, "NOT_FOUND", "We could not find that booking.");

/**
 * Records a patient's check-in answers for their own booking. Refuses (and
 * stores nothing) when the booking is not theirs (404, never revealing that it
 * exists), cannot be checked in for (409: not screened, no longer held, window
 * not open or closed), or the answers are invalid (422, with field errors).
 * Booking-time answers are only taken by booking creation, so everything
 * recorded here is a PRE_PROCEDURE response.
 */
export async function submitCheckIn(
  actor: CurrentUser,
  bookingId: string,
  input: unknown,
  now: Date,
): Promise<CheckInAccepted | CheckInRefused> {
  if (actor.role !== "PATIENT" || typeof bookingId !== "string" || bookingId.length > 64) return NOT_FOUND;
  const booking = await db.booking.findFirst({
    where: { id: bookingId, patientId: actor.id },
    select: { id: true, status: true, startsAt: true, procedure: { select: { requiresScreening: true } } },
  });
  if (!booking) return NOT_FOUND;

  const clinic = await getClinic();
  const hours = checkInOpensHours();
  const refused = refuseCheckIn(booking, now, hours, clinic.timeZone);
  if (refused) return refused;

  const validation = validateScreeningAnswers(input, { now, timeZone: clinic.timeZone });
  if (!validation.ok) {
    return {
      ok: false,
      status: 422,
      code: "VALIDATION_FAILED",
      message: "Some answers need correcting.",
      formErrors: validation.formErrors,
      fieldErrors: validation.fieldErrors,
    };
  }

  try {
    const recorded = await db.$transaction(
      async (tx) => {
        // One change at a time per booking (docs/decisions/011); then read again
        // inside the transaction: a cancel or staff decision may have landed since.
        await lockForUpdate(tx, "Booking", booking.id);
        const current = await tx.booking.findFirst({
          where: { id: booking.id, patientId: actor.id },
          select: { id: true, status: true, startsAt: true, procedure: { select: { requiresScreening: true } } },
        });
        if (!current) throw new CheckInRefusal(NOT_FOUND);
        const late = refuseCheckIn(current, now, hours, clinic.timeZone);
        if (late) throw new CheckInRefusal(late);
        return recordScreening(tx, {
          booking: current,
          kind: "PRE_PROCEDURE",
          answers: validation.answers,
          submittedById: actor.id,
          now,
          timeZone: clinic.timeZone,
          clinic,
        });
      },
      { maxWait: 10_000, timeout: 10_000 },
    );
    return {
      ok: true,
      responseId: recorded.responseId,
      outcome: recorded.outcome,
      reasons: recorded.reasons,
      earliestSuggestedDate: recorded.earliestSuggestedDate ?? null,
    };
  } catch (error) {
    if (error instanceof CheckInRefusal) return error.refusal;
    // A staff decision or cancel raced us (stale version, move refused): nothing was stored.
    if (error instanceof BookingError) {
      return refusal(409, error.code, `${error.message} Your answers were not saved; please try again.`);
    }
    throw error;
  }
}

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
  if (!booking.procedure.requiresScreening) unavailable = "This procedure does not need a health check-in.";
  else if (!holdsTime(booking.status)) {
    unavailable = `This booking is ${describeStatus(booking.status)}, so there is nothing to check in for.`;
  }
  return { timing: checkInTiming(booking.startsAt, now, opensHours), state, opensAt, opensHours, latest, unavailable };
}

/** "Check-in opens 72 hours before your procedure" and the other reasons a check-in is refused. */
function refuseCheckIn(
  booking: { status: BookingStatus; startsAt: Date; procedure: { requiresScreening: boolean } },
  now: Date,
  opensHours: number,
  timeZone: string,
): CheckInRefused | null {
  if (!booking.procedure.requiresScreening) {
    return refusal(409, "CHECK_IN_NOT_NEEDED", "This procedure does not need a health check-in.");
  }
  if (!holdsTime(booking.status)) {
    return refusal(
      409,
      "BOOKING_NOT_ACTIVE",
      `This booking is ${describeStatus(booking.status)}, so there is nothing to check in for.`,
    );
  }
  const timing = checkInTiming(booking.startsAt, now, opensHours);
  if (timing === "NOT_YET_OPEN") {
    const { opensAt } = checkInWindow(booking.startsAt, opensHours);
    return refusal(
      409,
      "CHECK_IN_NOT_OPEN",
      `Check-in opens ${opensHours} hours before your procedure. You can answer from ${describeClinicTime(opensAt, timeZone)}.`,
    );
  }
  if (timing === "CLOSED") {
    return refusal(
      409,
      "CHECK_IN_CLOSED",
      "Check-in closed when your procedure started. If you are unwell, please phone the clinic.",
    );
  }
  return null;
}

function refusal(status: CheckInRefused["status"], code: string, message: string): CheckInRefused {
  return { ok: false, status, code, message, formErrors: [message], fieldErrors: {} };
}

/** Carries a refusal out of the transaction so it rolls back cleanly. */
class CheckInRefusal extends Error {
  constructor(readonly refusal: CheckInRefused) {
    super(refusal.message);
  }
}
