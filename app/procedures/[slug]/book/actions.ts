"use server";

import { redirect } from "next/navigation";
import { requirePatient } from "@/lib/auth/guards";
import { bookingActionError, formObject, zodActionError, type BookingActionState } from "@/lib/booking/action-state";
import { createBookingSchema } from "@/lib/booking/booking-schemas";
import { createBooking } from "@/lib/booking/booking-service";

/** "Confirm booking": parse, book, then show the confirmation page. */
export async function confirmBookingAction(_state: BookingActionState, formData: FormData): Promise<BookingActionState> {
  const fields = formObject(formData);
  const returnTo = `/procedures/${encodeURIComponent(fields.procedureSlug ?? "")}/book?start=${encodeURIComponent(fields.startsAt ?? "")}`;
  const user = await requirePatient(returnTo);
  const input = createBookingSchema.safeParse(fields);
  if (!input.success) return zodActionError(input.error);

  let bookingId: string;
  try {
    bookingId = (await createBooking(user, input.data, new Date())).id;
  } catch (error) {
    const result = bookingActionError(error);
    if (!result) throw error;
    return result;
  }
  // Outside the try: redirect() works by throwing.
  redirect(`/bookings/${bookingId}?booked=1`);
}
