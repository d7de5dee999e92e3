"use server";

import { formDataArg, idArg } from "@/lib/http/action-args";
import { redirect } from "next/navigation";
import { requirePatient } from "@/lib/auth/guards";
import { screeningAnswersFromFormData } from "@/lib/screening";
import { submitCheckIn } from "@/lib/booking/submit-check-in";
import { domainActionError, formValues, type ActionState } from "@/lib/http/action-result";

/** The check-in form's action; `bookingId` is bound by the page and checked again here. */
export async function submitCheckInAction(
  bookingId: string,
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  [bookingId, formData] = [idArg(bookingId), formDataArg(formData)];
  const page = `/bookings/${encodeURIComponent(bookingId)}/check-in`;
  const user = await requirePatient(page);
  try {
    await submitCheckIn(user, bookingId, screeningAnswersFromFormData(formData), new Date());
  } catch (error) {
    const refused = domainActionError(error, formValues(formData, { multiValued: ["symptoms"] }));
    if (!refused) throw error;
    return refused;
  }
  // The page shows the result of the latest check-in (clear, or the advice to postpone).
  redirect(page);
}
