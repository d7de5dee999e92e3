"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { domainActionError, formObject, zodActionError, type BookingActionState } from "@/lib/http/action-result";
import { bookingIdSchema, rescheduleBookingSchema } from "@/lib/booking/booking-schemas";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { rescheduleBooking } from "@/lib/booking/reschedule-booking";

/** "Confirm new time" on /bookings/{id}/reschedule (bound to the booking id). */
export async function rescheduleBookingAction(
  bookingId: string,
  _state: BookingActionState,
  formData: FormData,
): Promise<BookingActionState> {
  const user = await requireUser({ returnTo: `/bookings/${encodeURIComponent(bookingId)}/reschedule` });
  const id = bookingIdSchema.safeParse(bookingId);
  const input = rescheduleBookingSchema.safeParse(formObject(formData));
  if (!id.success) return { ok: false, formErrors: ["We could not find that booking."], fieldErrors: {} };
  if (!input.success) return zodActionError(input.error);
  try {
    await rescheduleBooking(user, id.data, input.data, new Date());
  } catch (error) {
    const result = domainActionError(error);
    if (!result) throw error;
    return result;
  }
  redirect(`/bookings/${id.data}?moved=1`);
}

/** "Yes, cancel booking" on /bookings/{id}/cancel (bound to the booking id). */
export async function cancelBookingAction(
  bookingId: string,
  _state: BookingActionState,
  _formData: FormData,
): Promise<BookingActionState> {
  const user = await requireUser({ returnTo: `/bookings/${encodeURIComponent(bookingId)}/cancel` });
  const id = bookingIdSchema.safeParse(bookingId);
  if (!id.success) return { ok: false, formErrors: ["We could not find that booking."], fieldErrors: {} };
  try {
    await cancelBooking(user, id.data, new Date());
  } catch (error) {
    const result = domainActionError(error);
    if (!result) throw error;
    return result;
  }
  redirect(`/bookings/${id.data}?cancelled=1`);
}
