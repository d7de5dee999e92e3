import { NextResponse } from "next/server";
import { authenticateApi } from "@/lib/auth/guards";
import { notFound } from "@/lib/http/api-error";
import { bookingIdSchema } from "@/lib/booking/booking-schemas";
import { getBookingForUser } from "@/lib/booking/booking-data";
import { bookingDetailJson } from "@/lib/booking/booking-json";

/** One booking with its history; someone else's booking is simply not found. */
export async function GET(_request: Request, ctx: RouteContext<"/api/bookings/[id]">) {
  const auth = await authenticateApi();
  if (!auth.ok) return auth.response;
  const id = bookingIdSchema.safeParse((await ctx.params).id);
  const booking = id.success ? await getBookingForUser(auth.user, id.data) : null;
  if (!booking) return notFound("We could not find that booking.");
  return NextResponse.json({ booking: bookingDetailJson(booking) });
}
