import { NextResponse, type NextRequest } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { domainErrorAnswer } from "@/lib/http/domain-error-http";
import { readJsonBody } from "@/lib/http/json-body";
import { submitCheckIn } from "@/lib/booking/submit-check-in";

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

  let result;
  try {
    result = await submitCheckIn(auth.user, id, body.value, new Date());
  } catch (error) {
    const answer = domainErrorAnswer(error);
    if (!answer) throw error;
    return NextResponse.json(answer.body, { status: answer.status });
  }
  return NextResponse.json(
    { outcome: result.outcome, reasons: result.reasons, earliestSuggestedDate: result.earliestSuggestedDate },
    { status: 201, headers: { Location: `/api/bookings/${encodeURIComponent(id)}/screenings/${result.responseId}` } },
  );
}
