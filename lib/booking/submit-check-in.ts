import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { getClinic } from "@/lib/clinic/clinic-data";
import { DomainError } from "@/lib/errors/domain-error";
import type { ScreeningReason } from "@/lib/screening/assess-screening";
import { checkInTiming, checkInWindow } from "@/lib/screening/check-in-window";
import { checkInOpensHours } from "@/lib/screening/screening-data";
import { validateScreeningAnswers } from "@/lib/screening/validate-screening-answers";
import { describeClinicTime } from "./booking-messages";
import { TX_OPTIONS } from "./booking-checks";
import { BookingNotFoundError } from "./booking-errors";
import { describeStatus, holdsTime, type BookingStatus } from "./lifecycle";
import { recordScreening } from "./record-screening";

// The pre-procedure check-in as a use case: the check-in page's server action
// and POST /api/bookings/{id}/screenings both call submitCheckIn, so the two
// doors give the same answers. It lives with booking because a flag moves the
// booking back to FLAGGED through the booking lifecycle.

export type CheckInAccepted = {
  ok: true;
  responseId: string;
  outcome: "CLEAR" | "FLAGGED";
  reasons: ScreeningReason[];
  earliestSuggestedDate: string | null;
};

/**
 * Records a patient's check-in answers for their own booking. Throws a
 * DomainError (and stores nothing) when the booking is not theirs
 * (NOT_FOUND, never revealing that it exists), cannot be checked in for (not
 * screened, no longer held, window not open or closed), or the answers are
 * invalid (VALIDATION_FAILED, with field errors). Booking-time answers are
 * only taken by booking creation, so everything recorded here is a
 * PRE_PROCEDURE response.
 */
export async function submitCheckIn(actor: CurrentUser, bookingId: string, input: unknown, now: Date): Promise<CheckInAccepted> {
  if (actor.role !== "PATIENT" || typeof bookingId !== "string" || bookingId.length > 64) throw new BookingNotFoundError();
  const select = { id: true, status: true, startsAt: true, procedure: { select: { requiresScreening: true } } } as const;
  const booking = await db.booking.findFirst({ where: { id: bookingId, patientId: actor.id }, select });
  if (!booking) throw new BookingNotFoundError();

  const clinic = await getClinic();
  const hours = checkInOpensHours();
  assertCheckInOpen(booking, now, hours, clinic);

  const validation = validateScreeningAnswers(input, { now, timeZone: clinic.timeZone });
  if (!validation.ok) {
    throw new DomainError(
      "VALIDATION_FAILED",
      { subject: "answers" },
      { formErrors: validation.formErrors, fieldErrors: validation.fieldErrors },
    );
  }

  try {
    const recorded = await db.$transaction(async (tx) => {
      // Read again inside the transaction: a cancel or staff decision may have landed since.
      const current = await tx.booking.findFirst({ where: { id: booking.id, patientId: actor.id }, select });
      if (!current) throw new BookingNotFoundError();
      assertCheckInOpen(current, now, hours, clinic);
      return recordScreening(tx, {
        booking: current,
        kind: "PRE_PROCEDURE",
        answers: validation.answers,
        submittedById: actor.id,
        now,
        timeZone: clinic.timeZone,
        clinic,
      });
    }, TX_OPTIONS);
    return {
      ok: true,
      responseId: recorded.responseId,
      outcome: recorded.outcome,
      reasons: recorded.reasons,
      earliestSuggestedDate: recorded.earliestSuggestedDate ?? null,
    };
  } catch (error) {
    // A staff decision or cancel raced us (stale version, move refused): nothing was stored.
    if (error instanceof DomainError && !isCheckInRefusal(error)) {
      throw new DomainError(error.code, { ...error.params, answersNotSaved: true });
    }
    throw error;
  }
}

const CHECK_IN_CODES = new Set(["NOT_FOUND", "CHECK_IN_NOT_NEEDED", "BOOKING_NOT_ACTIVE", "CHECK_IN_NOT_OPEN", "CHECK_IN_CLOSED"]);
const isCheckInRefusal = (error: DomainError) => CHECK_IN_CODES.has(error.code);

/** "Check-in opens 72 hours before your procedure" and the other reasons a check-in is refused. */
function assertCheckInOpen(
  booking: { status: BookingStatus; startsAt: Date; procedure: { requiresScreening: boolean } },
  now: Date,
  opensHours: number,
  clinic: { timeZone: string; phone: string },
): void {
  if (!booking.procedure.requiresScreening) throw new DomainError("CHECK_IN_NOT_NEEDED");
  if (!holdsTime(booking.status)) throw new DomainError("BOOKING_NOT_ACTIVE", { status: describeStatus(booking.status) });
  const timing = checkInTiming(booking.startsAt, now, opensHours);
  if (timing === "NOT_YET_OPEN") {
    const { opensAt } = checkInWindow(booking.startsAt, opensHours);
    throw new DomainError("CHECK_IN_NOT_OPEN", { hours: opensHours, opensAt: describeClinicTime(opensAt, clinic.timeZone) });
  }
  if (timing === "CLOSED") throw new DomainError("CHECK_IN_CLOSED");
}
