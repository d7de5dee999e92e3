import { NextResponse, type NextRequest } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { validationError } from "@/lib/http/api-error";
import { domainErrorAnswer, type HttpAnswer } from "@/lib/http/domain-error-http";
import { readJsonBody } from "@/lib/http/json-body";
import { createBookingRequestSchema, idempotencyKeySchema } from "@/lib/booking/booking-schemas";
import { listBookingsForPatient } from "@/lib/booking/booking-data";
import { bookWithOptionalAnswers, type BookingWithAnswersResult } from "@/lib/booking/create-screened-booking";
import { bookingJson } from "@/lib/booking/booking-json";
import { runIdempotent } from "@/lib/http/idempotency";
import { DomainError } from "@/lib/errors/domain-error";

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
    let answer: StoredBookingAnswer;
    try {
      answer = bookingAnswer(await bookWithOptionalAnswers(auth.user, details, screening, now));
    } catch (error) {
      const refused = errorAnswer(error);
      if (!refused) throw error;
      answer = refused;
    }
    return NextResponse.json(answer.body, { status: answer.status });
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
    errorAnswer,
  );
  return NextResponse.json(answer.body, {
    status: answer.status,
    headers: answer.replayed ? { "Idempotent-Replayed": "true" } : undefined,
  });
}

type StoredBookingAnswer = { status: number; body: unknown };

/**
 * An expected refusal as the API answers it. Invalid screening answers name
 * their fields as the body does ("screening.symptoms").
 */
function errorAnswer(error: unknown): HttpAnswer | null {
  if (error instanceof DomainError && error.code === "VALIDATION_FAILED") {
    return domainErrorAnswer(error, { fieldPrefix: "screening.", message: "Check the health screening answers." });
  }
  return domainErrorAnswer(error);
}

function bookingAnswer(result: BookingWithAnswersResult): StoredBookingAnswer {
  const screening = result.assessment
    ? { outcome: result.assessment.outcome, reasons: result.assessment.reasons, earliestSuggestedDate: result.assessment.earliestSuggestedDate ?? null }
    : undefined;
  return { status: 201, body: { booking: bookingJson(result.booking), ...(screening ? { screening } : {}) } };
}
