"use server";

import { redirect } from "next/navigation";
import { requirePatient } from "@/lib/auth/guards";
import { screeningAnswersFromFormData } from "@/lib/screening";
import { submitCheckIn } from "@/lib/booking/submit-check-in";
import { domainActionError } from "@/lib/http/action-result";
import { screeningFormValues, type ScreeningFormState } from "@/components/screening-form-values";

/** The check-in form's action; `bookingId` is bound by the page and checked again here. */
export async function submitCheckInAction(
  bookingId: string,
  _previous: ScreeningFormState,
  formData: FormData,
): Promise<ScreeningFormState> {
  const page = `/bookings/${encodeURIComponent(bookingId)}/check-in`;
  const user = await requirePatient(page);
  try {
    await submitCheckIn(user, bookingId, screeningAnswersFromFormData(formData), new Date());
  } catch (error) {
    const refused = domainActionError(error);
    if (!refused) throw error;
    return { ...refused, values: screeningFormValues(formData) };
  }
  // The page shows the result of the latest check-in (clear, or the advice to postpone).
  redirect(page);
}
