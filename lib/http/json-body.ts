// Reading a request's JSON body for any route: bounded, never a 500.
import type { NextResponse } from "next/server";
import { apiError } from "./api-error";
import { readBoundedBytes } from "./bounded-body";

export const MAX_BODY_BYTES = 10 * 1024;

type BodyResult = { ok: true; value: unknown } | { ok: false; response: NextResponse };

/**
 * Reads at most MAX_BODY_BYTES of JSON. Refuses a larger body (413) without
 * reading the rest of it, whatever Content-Length claims, and malformed JSON
 * (400). An empty body reads as {} so the schema can name the missing fields.
 */
export async function readJsonBody(
  request: Request,
  limit = MAX_BODY_BYTES,
  invalidJsonMessage = "The request body is not valid JSON. Send an object such as {\"startsAt\": \"…\"}.",
): Promise<BodyResult> {
  const read = await readBoundedBytes(request, limit);
  if (!read.ok) {
    return { ok: false, response: apiError(413, "PAYLOAD_TOO_LARGE", `The request body must be at most ${limit / 1024} KB.`) };
  }
  const text = new TextDecoder().decode(read.bytes);
  if (text.trim() === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: apiError(400, "INVALID_JSON", invalidJsonMessage) };
  }
}
