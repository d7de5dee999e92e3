import { NextResponse } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { validationError } from "@/lib/http/api-error";
import { answerDomainCall } from "@/lib/http/domain-error-http";
import { MAX_BODY_BYTES, readJsonBody } from "@/lib/http/json-body";
import { decisionSchema } from "@/lib/staff/decision-schema";
import { decideBooking } from "@/lib/staff/review-decision";

// POST /api/staff/bookings/{id}/decision { decision, note, patientMessage?, expectedVersion }
// 200 decided · 404 unknown booking · 409 someone decided first (named) or it changed · 422 field errors.
export async function POST(request: Request, ctx: RouteContext<"/api/staff/bookings/[id]/decision">) {
  const auth = await authenticateApi(STAFF_ROLES);
  if (!auth.ok) return auth.response;
  const { id } = await ctx.params;
  const body = await readJsonBody(request, MAX_BODY_BYTES, "The request body is not valid JSON. Send the decision as a JSON object.");
  if (!body.ok) return body.response;
  const input = decisionSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error, "Check the decision.");
  return answerDomainCall(async () => {
    const result = await decideBooking(auth.user, id, input.data, new Date());
    return NextResponse.json({ id, status: result.status, version: result.version, reviewId: result.reviewId });
  });
}
