import { NextResponse, type NextRequest } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { apiError, validationError } from "@/lib/http/api-error";
import { hasPatientProfile } from "@/lib/patients/profile-data";
import { createBookingRequestSchema, idempotencyKeySchema } from "@/lib/booking/booking-schemas";
import { listBookingsForPatient } from "@/lib/booking/booking-service";
import { bookWithOptionalAnswers, type BookingWithAnswersResult } from "@/lib/screening/booking-screening-data";
import { answerBookingCall, bookingErrorAnswer, bookingJson, readJsonBody } from "@/lib/booking/booking-http";
import { runIdempotent } from "@/lib/booking/idempotency";

/** The caller's own bookings. */
export async function GET() {
  const auth = await authenticateApi();
  if (!auth.ok) return auth.response;
  const { upcoming, cancelledOrPostponed, past } = await listBookingsForPatient(auth.user, new Date());
  return NextResponse.json({
    upcoming: upcoming.map(bookingJson),
    cancelledOrPostponed: cancelledOrPostponed.map(bookingJson),
    past: past.map(bookingJson),
  });
}

/**
 * Book a time: `{ procedureSlug, startsAt, practitionerId?, screening? }`;
 * `screening` (the questionnaire's answers) is required for procedures that
 * need it. Honours `Idempotency-Key`.
 */
export async function POST(request: NextRequest) {
  const auth = await authenticateApi(["PATIENT"]);
  if (!auth.ok) return auth.response;
  // As on the booking pages: the clinic needs the patient's details first.
  if (!(await hasPatientProfile(auth.user.id))) {
    return apiError(403, "PROFILE_INCOMPLETE", "Complete your profile (name, date of birth and phone) before booking.");
  }

  const keyHeader = request.headers.get("idempotency-key");
  const key = keyHeader === null ? null : idempotencyKeySchema.safeParse(keyHeader);
  if (key && !key.success) return validationError(key.error, "Check the Idempotency-Key header.");

  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = createBookingRequestSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error, "Check the booking details.");
  const { screening, ...details } = input.data;

  const now = new Date();
  if (!key) {
    return answerBookingCall(async () => {
      const result = await bookWithOptionalAnswers(auth.user, details, screening, now);
      const answer = bookingAnswer(result);
      return NextResponse.json(answer.body, { status: answer.status });
    });
  }

  const answer = await runIdempotent(
    { userId: auth.user.id, key: key.data, body: body.value },
    async (remember) => {
      let stored: StoredBookingAnswer | null = null;
      const result = await bookWithOptionalAnswers(auth.user, details, screening, now, {
        // The record commits with the booking: a retry can never make a second one.
        withinTransaction: async (tx, booking, assessment) => {
          stored = bookingAnswer({ ok: true, booking, assessment });
          await remember(tx, stored);
        },
      });
      return stored ?? bookingAnswer(result);
    },
    bookingErrorAnswer,
  );
  return NextResponse.json(answer.body, {
    status: answer.status,
    headers: answer.replayed ? { "Idempotent-Replayed": "true" } : undefined,
  });
}

type StoredBookingAnswer = { status: number; body: unknown };

function bookingAnswer(result: BookingWithAnswersResult): StoredBookingAnswer {
  if (!result.ok) {
    // Screening answers' field errors, named as the body names them.
    const fields = Object.fromEntries(Object.entries(result.fieldErrors).map(([k, v]) => [`screening.${k}`, v]));
    if (result.formErrors.length) fields.screening = result.formErrors;
    const first = Object.values(fields).flat()[0];
    return {
      status: 422,
      body: { error: { code: "VALIDATION_FAILED", message: `Check the health screening answers.${first ? ` ${first}` : ""}`, fields } },
    };
  }
  const screening = result.assessment
    ? { outcome: result.assessment.outcome, reasons: result.assessment.reasons, earliestSuggestedDate: result.assessment.earliestSuggestedDate ?? null }
    : undefined;
  return { status: 201, body: { booking: bookingJson(result.booking), ...(screening ? { screening } : {}) } };
}
