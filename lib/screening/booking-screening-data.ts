import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { createBooking, type CreateBookingOptions } from "@/lib/booking/booking-service";
import type { CreateBookingInput } from "@/lib/booking/booking-schemas";
import type { BookingView } from "@/lib/booking/booking-data";
import { getClinic } from "@/lib/clinic/clinic-data";
import { db } from "@/lib/db/client";
import { formatClinicDate } from "@/lib/availability";
import type { BookingStatus } from "@/lib/booking/lifecycle";
import { getCheckInOverview, type CheckInOverview } from "./check-in-data";
import { postponementLinks, rebookHref } from "./postponement-links";
import { assessScreening, type ScreeningAssessment } from "./assess-screening";
import { latestScreeningOutcome, recordScreening } from "./screening-data";
import { validateScreeningAnswers } from "./validate-screening-answers";

type Tx = Parameters<NonNullable<CreateBookingOptions["withinTransaction"]>>[0];

export type ScreenedBookingOptions = {
  /** Extra writes in the booking's transaction; told the assessment when there are answers. */
  withinTransaction?: (tx: Tx, booking: BookingView, assessment: ScreeningAssessment | null) => Promise<void>;
};

export type ScreenedBookingResult =
  | { ok: true; booking: BookingView; assessment: ScreeningAssessment }
  | { ok: false; formErrors: string[]; fieldErrors: Record<string, string[]> };

/**
 * Books a screened procedure with the patient's answers. Invalid answers book
 * nothing. Otherwise the booking starts CONFIRMED (clear) or FLAGGED, and its
 * BOOKING screening response is written in the same transaction as the
 * booking, so there is never a booking without its answers or the reverse.
 * Booking failures (time taken, not offered…) are thrown as BookingError, as
 * createBooking does.
 */
export async function createScreenedBooking(
  actor: CurrentUser,
  input: CreateBookingInput,
  answersInput: unknown,
  now: Date,
  options: ScreenedBookingOptions = {},
): Promise<ScreenedBookingResult> {
  const { timeZone } = await getClinic();
  const validation = validateScreeningAnswers(answersInput, { now, timeZone });
  if (!validation.ok) return validation;
  const answers = validation.answers;
  // Decided before the booking exists, because the booking is created in its status.
  const assessment = assessScreening(answers, { now, procedureStartsAt: input.startsAt, timeZone });
  const booking = await createBooking(actor, input, now, {
    status: assessment.outcome === "FLAGGED" ? "FLAGGED" : "CONFIRMED",
    screeningRecorded: true,
    withinTransaction: async (tx, created) => {
      await recordScreening(tx, {
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
  return { ok: true, booking, assessment };
}

export type BookingWithAnswersResult =
  | ScreenedBookingResult
  | { ok: true; booking: BookingView; assessment: null };

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
      withinTransaction: within ? (tx, created) => within(tx, created, null) : undefined,
    });
    return { ok: true, booking, assessment: null };
  }
  return createScreenedBooking(actor, input, answers, now, options);
}

export type BookingScreeningPanel = {
  checkIn: CheckInOverview;
  checkInHref: string;
  /** Present when the latest answers flagged a booking that is awaiting review. */
  advice: {
    reasons: { code: string; message: string }[];
    earliestSuggestedDate: string | null;
    rescheduleHref: string | null;
    cancelHref: string | null;
  } | null;
};

/**
 * What the booking page shows about screening, for a booking whose ownership
 * the page has already checked (getBookingForUser). Reads outcomes and
 * reasons, never the answers. Null for procedures that need no screening.
 */
export async function getBookingScreeningPanel(
  booking: { id: string; status: BookingStatus; startsAt: Date; procedure: { requiresScreening: boolean } },
  now: Date,
): Promise<BookingScreeningPanel | null> {
  if (!booking.procedure.requiresScreening) return null;
  const [checkIn, latest, clinic] = await Promise.all([
    getCheckInOverview(booking, now),
    latestScreeningOutcome(db, booking.id),
    getClinic(),
  ]);
  const flagged = booking.status === "FLAGGED" && latest?.outcome === "FLAGGED" ? latest : null;
  const links = flagged ? postponementLinks(booking, flagged.earliestSuggestedDate, now) : null;
  return {
    checkIn,
    checkInHref: `/bookings/${encodeURIComponent(booking.id)}/check-in`,
    advice:
      flagged && links
        ? {
            reasons: flagged.reasons,
            earliestSuggestedDate: flagged.earliestSuggestedDate
              ? formatClinicDate(flagged.earliestSuggestedDate, clinic.timeZone)
              : null,
            ...links,
          }
        : null,
  };
}

/**
 * The booking page's next step for a booking the clinic postponed: a link to
 * book a new time, on the date the latest health answers suggest if any.
 */
export async function getRebookLink(booking: { id: string; procedure: { slug: string } }): Promise<string> {
  const latest = await latestScreeningOutcome(db, booking.id);
  return rebookHref(booking.procedure.slug, latest?.earliestSuggestedDate ?? null);
}
