import { NextResponse } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { notFound } from "@/lib/http/api-error";
import { bookingIdSchema } from "@/lib/booking/booking-schemas";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { bookingJson } from "@/lib/booking/booking-json";
import { answerDomainCall } from "@/lib/http/domain-error-http";

/** Cancel a booking (patients: up to PATIENT_CHANGE_NOTICE_HOURS before the start). No body needed. */
export async function POST(_request: Request, ctx: RouteContext<"/api/bookings/[id]/cancel">) {
  const auth = await authenticateApi();
  if (!auth.ok) return auth.response;
  const id = bookingIdSchema.safeParse((await ctx.params).id);
  if (!id.success) return notFound("We could not find that booking.");

  return answerDomainCall(async () => {
    const booking = await cancelBooking(auth.user, id.data, new Date());
    return NextResponse.json({ booking: bookingJson(booking) });
  });
}
