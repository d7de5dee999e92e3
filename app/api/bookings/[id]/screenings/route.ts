import { NextResponse, type NextRequest } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { apiError } from "@/lib/http/api-error";
import { readJsonBody } from "@/lib/http/json-body";
import { submitCheckIn } from "@/lib/screening/check-in-data";

// Answers are small: 1000 characters of notes plus a few choices.
const MAX_BODY_BYTES = 16 * 1024;

/**
 * The pre-procedure check-in: the body is the answer set (questionnaire
 * version 1). The server decides the kind from timing — only PRE_PROCEDURE
 * answers are taken here; booking-time answers come with the booking.
 */
export async function POST(request: NextRequest, ctx: RouteContext<"/api/bookings/[id]/screenings">) {
  const auth = await authenticateApi(["PATIENT"]);
  if (!auth.ok) return auth.response;
  const { id } = await ctx.params;

  const body = await readJsonBody(
    request,
    MAX_BODY_BYTES,
    'The request body is not valid JSON. Send the answers as an object, e.g. {"version": 1, "symptoms": ["none"], …}.',
  );
  if (!body.ok) return body.response;

  const result = await submitCheckIn(auth.user, id, body.value, new Date());
  if (!result.ok) {
    const fields = Object.keys(result.fieldErrors).length > 0 ? result.fieldErrors : undefined;
    const message = result.status === 422 ? firstMessage(result) : result.message;
    return apiError(result.status, result.code, message, fields);
  }
  return NextResponse.json(
    { outcome: result.outcome, reasons: result.reasons, earliestSuggestedDate: result.earliestSuggestedDate },
    { status: 201, headers: { Location: `/api/bookings/${encodeURIComponent(id)}/screenings/${result.responseId}` } },
  );
}

function firstMessage(result: { message: string; formErrors: string[]; fieldErrors: Record<string, string[]> }): string {
  const first = result.formErrors[0] ?? Object.values(result.fieldErrors).flat()[0];
  return first ? `${result.message} ${first}` : result.message;
}
