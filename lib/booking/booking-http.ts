// The REST door's shared pieces: reading a bounded JSON body, turning booking
// errors into the API's error body, and the JSON shape of a booking.
import { NextResponse } from "next/server";
import { apiError, type ApiErrorBody } from "@/lib/http/api-error";
import type { BookingDetail, BookingView } from "./booking-data";
import { BookingError } from "./booking-errors";
import type { StoredAnswer } from "./idempotency";

export const MAX_BODY_BYTES = 10 * 1024;

type BodyResult = { ok: true; value: unknown } | { ok: false; response: NextResponse };

/**
 * Reads at most MAX_BODY_BYTES of JSON. Refuses a larger body (413) without
 * reading the rest of it, whatever Content-Length claims, and malformed JSON
 * (400). An empty body reads as {} so the schema can name the missing fields.
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const tooLarge = () => ({
    ok: false as const,
    response: apiError(413, "PAYLOAD_TOO_LARGE", `The request body must be at most ${limit / 1024} KB.`),
  });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > limit) return tooLarge();

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  if (text.trim() === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return {
      ok: false,
      response: apiError(400, "INVALID_JSON", "The request body is not valid JSON. Send an object such as {\"startsAt\": \"…\"}."),
    };
  }
}

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
