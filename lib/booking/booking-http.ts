// The REST door's shared pieces: turning booking errors into the API's error
// body, and the JSON shape of a booking.
import { NextResponse } from "next/server";
import { apiError, type ApiErrorBody } from "@/lib/http/api-error";
import type { BookingDetail, BookingView } from "./booking-data";
import { BookingError } from "./booking-errors";
import type { StoredAnswer } from "./idempotency";

// Moved to lib/http/json-body.ts so every route reads bodies the same way.
export { MAX_BODY_BYTES, readJsonBody } from "@/lib/http/json-body";

export function bookingErrorBody(error: BookingError): ApiErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      // Field messages belong to input problems (422); a 409 or 404 is about the request as a whole.
      ...(error.field && error.status === 422 ? { fields: { [error.field]: [error.message] } } : {}),
    },
  };
}

/** The answer for an expected booking failure, or null for anything unexpected (which should surface as a 500). */
export function bookingErrorAnswer(error: unknown): StoredAnswer | null {
  return error instanceof BookingError ? { status: error.status, body: bookingErrorBody(error) } : null;
}

/** Runs a service call and maps its expected failures to the API's error body. */
export async function answerBookingCall(call: () => Promise<Response>): Promise<Response> {
  try {
    return await call();
  } catch (error) {
    const answer = bookingErrorAnswer(error);
    if (!answer) throw error;
    return NextResponse.json(answer.body, { status: answer.status });
  }
}

export function bookingJson(booking: BookingView) {
  return {
    id: booking.id,
    reference: booking.reference,
    status: booking.status,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    version: booking.version,
    createdAt: booking.createdAt.toISOString(),
    procedure: { slug: booking.procedure.slug, name: booking.procedure.name },
    practitioner: booking.practitioner,
  };
}

export function bookingDetailJson(booking: BookingDetail) {
  return {
    ...bookingJson(booking),
    history: booking.changes.map((c) => ({
      at: c.createdAt.toISOString(),
      by: c.actorId === booking.patientId ? "patient" : c.actorId ? "clinic" : "system",
      fromStatus: c.fromStatus,
      toStatus: c.toStatus,
      fromStart: c.fromStart?.toISOString() ?? null,
      toStart: c.toStart?.toISOString() ?? null,
      reason: c.reason,
    })),
  };
}
