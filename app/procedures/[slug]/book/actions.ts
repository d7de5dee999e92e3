"use server";

import { formDataArg } from "@/lib/http/action-args";
import { redirect } from "next/navigation";
import { requirePatient } from "@/lib/auth/guards";
import {
  domainActionError,
  formObject,
  formValues,
  zodActionError,
  type ActionState,
  type BookingActionState,
} from "@/lib/http/action-result";
import { createBookingSchema } from "@/lib/booking/booking-schemas";
import { createBooking } from "@/lib/booking/create-booking";
import { screeningAnswersFromFormData } from "@/lib/screening";
import { createScreenedBooking } from "@/lib/booking/create-screened-booking";

/** "Confirm booking": parse, book, then show the confirmation page. */
export async function confirmBookingAction(_state: BookingActionState, formData: FormData): Promise<BookingActionState> {
  formData = formDataArg(formData);
  const fields = formObject(formData);
  const returnTo = `/procedures/${encodeURIComponent(fields.procedureSlug ?? "")}/book?start=${encodeURIComponent(fields.startsAt ?? "")}`;
  const user = await requirePatient(returnTo);
  const input = createBookingSchema.safeParse(fields);
  if (!input.success) return zodActionError(input.error);

  let bookingId: string;
  try {
    bookingId = (await createBooking(user, input.data, new Date())).id;
  } catch (error) {
    const result = domainActionError(error);
    if (!result) throw error;
    return result;
  }
  // Outside the try: redirect() works by throwing.
  redirect(`/bookings/${bookingId}?booked=1`);
}

/**
 * "Confirm booking" for a procedure that needs health screening: the time and
 * the answers in one post. Clear answers confirm the booking; flagged answers
 * book it as awaiting review, and the booking page explains what happens next.
 */
export async function confirmScreenedBookingAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  formData = formDataArg(formData);
  const fields = formObject(formData);
  const returnTo = `/procedures/${encodeURIComponent(fields.procedureSlug ?? "")}/book?start=${encodeURIComponent(fields.startsAt ?? "")}`;
  const user = await requirePatient(returnTo);
  // Put the patient's answers back into the form if anything needs correcting.
  const values = formValues(formData, { multiValued: ["symptoms"] });
  const input = createBookingSchema.safeParse(fields);
  if (!input.success) return zodActionError(input.error, values);

  let bookingId: string;
  try {
    const result = await createScreenedBooking(user, input.data, screeningAnswersFromFormData(formData), new Date());
    bookingId = result.booking.id;
  } catch (error) {
    const refused = domainActionError(error, values);
    if (!refused) throw error;
    return refused;
  }
  // Outside the try: redirect() works by throwing.
  redirect(`/bookings/${bookingId}?booked=1`);
}
