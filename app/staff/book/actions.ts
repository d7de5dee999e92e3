"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/guards";
import { clinicToday } from "@/lib/availability/clinic-time";
import { getClinic } from "@/lib/clinic/clinic-data";
import { formDataArg, idArg } from "@/lib/http/action-args";
import { domainActionError, formObject, formValues, zodActionError, type ActionState, type BookingActionState } from "@/lib/http/action-result";
import { datePartsFromFormData } from "@/lib/dates/date-parts";
import { createBookingSchema } from "@/lib/booking/booking-schemas";
import { createBooking } from "@/lib/booking/create-booking";
import { createScreenedBooking } from "@/lib/booking/create-screened-booking";
import { screeningAnswersFromFormData } from "@/lib/screening";
import { createPhonePatient } from "@/lib/staff/phone-patients";
import { newPatientSchema } from "@/lib/staff/phone-patient-schema";

const NEW_PATIENT_FIELDS = ["legalName", "dateOfBirth", "phone", "email", "nhi"] as const;

/** "Add patient": a new patient account with its profile, then on to choosing the procedure and time. */
export async function createPhonePatientAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  formData = formDataArg(formData);
  const user = await requireStaff("/staff/book");
  const values = formValues(formData);
  const posted = {
    ...Object.fromEntries(NEW_PATIENT_FIELDS.map((name) => [name, String(formData.get(name) ?? "")])),
    dateOfBirth: datePartsFromFormData(formData, "dateOfBirth"),
  };
  const { timeZone } = await getClinic();
  const parsed = newPatientSchema(clinicToday(new Date(), timeZone)).safeParse(posted);
  if (!parsed.success) return zodActionError(parsed.error, values);
  let patientId: string;
  try {
    patientId = (await createPhonePatient(user, parsed.data)).id;
  } catch (error) {
    const refused = domainActionError(error, values);
    if (!refused) throw error;
    return refused;
  }
  redirect(`/staff/book/${patientId}?added=1`);
}

/** "Book for the patient" (no screening): the same use case as online booking, with staff as the actor. */
export async function bookByPhoneAction(patientId: string, _state: BookingActionState, formData: FormData): Promise<BookingActionState> {
  patientId = idArg(patientId);
  formData = formDataArg(formData);
  const user = await requireStaff(`/staff/book/${patientId}`);
  const input = createBookingSchema.safeParse(formObject(formData));
  if (!input.success) return zodActionError(input.error);
  let bookingId: string;
  try {
    bookingId = (await createBooking(user, input.data, new Date(), { forPatientId: patientId })).id;
  } catch (error) {
    const refused = domainActionError(error);
    if (!refused) throw error;
    return refused;
  }
  redirect(`/staff/bookings/${bookingId}?booked=1`);
}

/** "Book for the patient" with the screening answers the patient gave on the phone. */
export async function bookByPhoneScreenedAction(
  patientId: string,
  _state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  patientId = idArg(patientId);
  formData = formDataArg(formData);
  const user = await requireStaff(`/staff/book/${patientId}`);
  const values = formValues(formData, { multiValued: ["symptoms"] });
  const input = createBookingSchema.safeParse(formObject(formData));
  if (!input.success) return zodActionError(input.error, values);
  let bookingId: string;
  try {
    const result = await createScreenedBooking(user, input.data, screeningAnswersFromFormData(formData), new Date(), {
      forPatientId: patientId,
    });
    bookingId = result.booking.id;
  } catch (error) {
    const refused = domainActionError(error, values);
    if (!refused) throw error;
    return refused;
  }
  redirect(`/staff/bookings/${bookingId}?booked=1`);
}
