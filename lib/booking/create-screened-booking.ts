import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { assessScreening, type ScreeningAssessment } from "@/lib/screening/assess-screening";
import type { ScreeningAnswers } from "@/lib/screening/answers-schema";
import { validateScreeningAnswers } from "@/lib/screening/validate-screening-answers";
import { createBooking, type CreateBookingOptions } from "./create-booking";
import type { BookingView } from "./booking-data";
import type { CreateBookingInput } from "./booking-schemas";
import { writeScreeningResponse } from "./record-screening";

// Screened booking: booking plus lib/screening's pure rules. Screening plugs
// into booking here; lib/screening never imports lib/booking.

type Tx = Parameters<NonNullable<CreateBookingOptions["withinTransaction"]>>[0];

export type ScreenedBookingOptions = {
  /** Extra writes in the booking's transaction; told the assessment when there are answers. */
  withinTransaction?: (tx: Tx, booking: BookingView, assessment: ScreeningAssessment | null) => Promise<void>;
  /** A phone booking: staff (the actor) book for this patient and record the answers they give. */
  forPatientId?: string;
};

export type ScreenedBookingResult = { ok: true; booking: BookingView; assessment: ScreeningAssessment };

/**
 * Books a screened procedure with the patient's answers. Invalid answers book
 * nothing (a VALIDATION_FAILED DomainError with the answers' field errors).
 * Otherwise the booking starts CONFIRMED (clear) or FLAGGED, and its BOOKING
 * screening response is written in the same transaction as the booking, so
 * there is never a booking without its answers or the reverse. Booking
 * failures (time taken, not offered…) are thrown as createBooking throws them.
 */
export async function createScreenedBooking(
  actor: CurrentUser,
  input: CreateBookingInput,
  answersInput: unknown,
  now: Date,
  options: ScreenedBookingOptions = {},
): Promise<ScreenedBookingResult> {
  // Validated and assessed from the booking's context (the clinic's time
  // zone), before its other checks: the booking is created in its status.
  let screened: { answers: ScreeningAnswers; assessment: ScreeningAssessment; timeZone: string } | undefined;
  const booking = await createBooking(actor, input, now, {
    statusFor: ({ clinic: { timeZone } }) => {
      const validation = validateScreeningAnswers(answersInput, { now, timeZone });
      if (!validation.ok) {
        throw new DomainError(
          "VALIDATION_FAILED",
          { subject: "answers" },
          { formErrors: validation.formErrors, fieldErrors: validation.fieldErrors },
        );
      }
      const assessment = assessScreening(validation.answers, { now, procedureStartsAt: input.startsAt, timeZone });
      screened = { answers: validation.answers, assessment, timeZone };
      return assessment.outcome === "FLAGGED" ? "FLAGGED" : "CONFIRMED";
    },
    screeningRecorded: true,
    forPatientId: options.forPatientId,
    withinTransaction: async (tx, created, audit) => {
      const { answers, assessment, timeZone } = screened!;
      await writeScreeningResponse(tx, {
        audit,
        booking: created,
        kind: "BOOKING",
        answers,
        submittedById: actor.id,
        now,
        timeZone,
      });
      await options.withinTransaction?.(tx, created, assessment);
    },
  });
  const { assessment } = screened!;
  return { ok: true, booking, assessment };
}

export type BookingWithAnswersResult = ScreenedBookingResult | { ok: true; booking: BookingView; assessment: null };

/**
 * The API's one way to book: with answers, as createScreenedBooking; without,
 * as createBooking, which refuses a procedure that requires screening.
 */
export async function bookWithOptionalAnswers(
  actor: CurrentUser,
  input: CreateBookingInput,
  answers: unknown,
  now: Date,
  options: ScreenedBookingOptions = {},
): Promise<BookingWithAnswersResult> {
  if (answers === undefined) {
    const within = options.withinTransaction;
    const booking = await createBooking(actor, input, now, {
      forPatientId: options.forPatientId,
      withinTransaction: within ? (tx, created) => within(tx, created, null) : undefined,
    });
    return { ok: true, booking, assessment: null };
  }
  return createScreenedBooking(actor, input, answers, now, options);
}
