import { NextResponse } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { notFound, validationError } from "@/lib/http/api-error";
import { bookingIdSchema, rescheduleBookingSchema } from "@/lib/booking/booking-schemas";
import { rescheduleBooking } from "@/lib/booking/reschedule-booking";
import { bookingJson } from "@/lib/booking/booking-json";
import { answerDomainCall } from "@/lib/http/domain-error-http";
import { readJsonBody } from "@/lib/http/json-body";

/** Move a booking to another free time: `{ startsAt }`. */
export async function POST(request: Request, ctx: RouteContext<"/api/bookings/[id]/reschedule">) {
  const auth = await authenticateApi();
  if (!auth.ok) return auth.response;
  const id = bookingIdSchema.safeParse((await ctx.params).id);
  if (!id.success) return notFound("We could not find that booking.");

  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = rescheduleBookingSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error, "Check the new time.");

  return answerDomainCall(async () => {
    const booking = await rescheduleBooking(auth.user, id.data, input.data, new Date());
    return NextResponse.json({ booking: bookingJson(booking) });
  });
}
