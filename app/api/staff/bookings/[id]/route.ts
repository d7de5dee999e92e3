import { NextResponse } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { notFound } from "@/lib/http/api-error";
import { describeAnswers } from "@/lib/screening/describe-answers";
import { viewBookingReview } from "@/lib/staff/booking-review";

// GET /api/staff/bookings/{id}: the booking, patient and every screening response. Audited as "screening.viewed".
export async function GET(_request: Request, ctx: RouteContext<"/api/staff/bookings/[id]">) {
  const auth = await authenticateApi(STAFF_ROLES);
  if (!auth.ok) return auth.response;
  const { id } = await ctx.params;
  const review = await viewBookingReview(auth.user, id);
  if (!review) return notFound("We could not find that booking.");
  return NextResponse.json(
    {
      ...review,
      responses: review.responses.map((r) => ({ ...r, described: describeAnswers(r.answers, r.questionnaireVersion) })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
