"use server";

import { formDataArg, idArg } from "@/lib/http/action-args";
import { redirect } from "next/navigation";
import { requirePatient } from "@/lib/auth/guards";
import { screeningAnswersFromFormData } from "@/lib/screening";
import { submitCheckIn } from "@/lib/screening/check-in-data";
import { screeningFormValues, type ScreeningFormState } from "@/components/screening-form-values";

/** The check-in form's action; `bookingId` is bound by the page and checked again here. */
export async function submitCheckInAction(
  bookingId: string,
  _previous: ScreeningFormState,
  formData: FormData,
): Promise<ScreeningFormState> {
  [bookingId, formData] = [idArg(bookingId), formDataArg(formData)];
  const page = `/bookings/${encodeURIComponent(bookingId)}/check-in`;
  const user = await requirePatient(page);
  const result = await submitCheckIn(user, bookingId, screeningAnswersFromFormData(formData), new Date());
  if (!result.ok) {
    return {
      ok: false,
      formErrors: result.formErrors,
      fieldErrors: result.fieldErrors,
      values: screeningFormValues(formData),
    };
  }
  // The page shows the result of the latest check-in (clear, or the advice to postpone).
  redirect(page);
}
