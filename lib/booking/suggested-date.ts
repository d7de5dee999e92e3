import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { latestSuggestedDate, suggestedWaitUntil } from "@/lib/screening/suggested-wait";
import type { BookingStatus } from "./lifecycle";

/**
 * The one answer to "from which date should this booking's patient come
 * back?": the date its health answers suggest (see latestSuggestedDate), or
 * null. Pass `client` inside a transaction.
 */
export async function suggestedDateFor(
  booking: { id: string },
  client: Pick<Prisma.TransactionClient, "screeningResponse"> = db,
): Promise<string | null> {
  const responses = await client.screeningResponse.findMany({
    where: { bookingId: booking.id },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { earliestSuggestedDate: true },
  });
  return latestSuggestedDate(responses);
}

/**
 * The clinic date a flagged booking should not be moved before, or null. The
 * reschedule page offers no earlier times; rescheduleBooking refuses them.
 */
export async function suggestedWaitFor(booking: { id: string; status: BookingStatus }): Promise<string | null> {
  if (booking.status !== "FLAGGED") return null;
  return suggestedWaitUntil(booking, { earliestSuggestedDate: await suggestedDateFor(booking) });
}
