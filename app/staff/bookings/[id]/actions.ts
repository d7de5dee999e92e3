"use server";

import { isId } from "@/lib/http/action-args";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import { decisionSchema } from "@/lib/staff/decision-schema";
import { decideBooking } from "@/lib/staff/review-decision";
import { dismissFreeTextFlag, dismissFreeTextSchema } from "@/lib/staff/dismiss-free-text";
import { domainActionError, formError, zodActionError, type ActionState } from "@/lib/http/action-result";
import { markActionRerender } from "@/lib/http/action-rerender";

const DONE: Record<string, string> = {
  CONFIRMED: "Decision saved: the booking is cleared to proceed and the patient has been told.",
  POSTPONED: "Decision saved: the booking is postponed, its time released, and the patient invited to rebook.",
  CANCELLED: "Decision saved: the booking is cancelled and the patient has been told.",
};

export async function decideAction(bookingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  // Not notFound(): rendering the 404 renders this page, which records a view.
  if (!isId(bookingId) || !(formData instanceof FormData)) return formError("We could not find that booking.");
  const user = await requireStaff(`/staff/bookings/${bookingId}`);
  const values = {
    decision: String(formData.get("decision") ?? ""),
    note: String(formData.get("note") ?? ""),
    patientMessage: String(formData.get("patientMessage") ?? ""),
    expectedVersion: String(formData.get("expectedVersion") ?? ""),
  };
  const parsed = decisionSchema.safeParse({ ...values, decision: values.decision || undefined });
  if (!parsed.success) return zodActionError(parsed.error, values);
  let result;
  try {
    result = await decideBooking(user, bookingId, parsed.data, new Date());
  } catch (error) {
    const refused = domainActionError(error, values);
    if (!refused) throw error;
    return refused;
  }
  // The page re-renders with the new status in this same request: the same page view, not a new one.
  await markActionRerender();
  revalidatePath(`/staff/bookings/${bookingId}`);
  revalidatePath("/staff");
  return { ok: true, message: DONE[result.status] ?? "Decision saved." };
}

export async function dismissFreeTextAction(bookingId: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  // As decideAction: a refusal state, not notFound(), which would render (and audit) the page.
  if (!isId(bookingId) || !(formData instanceof FormData)) return formError("We could not find that booking.");
  const user = await requireStaff(`/staff/bookings/${bookingId}`);
  const values = { responseId: String(formData.get("responseId") ?? ""), note: String(formData.get("note") ?? "") };
  const parsed = dismissFreeTextSchema.safeParse(values);
  if (!parsed.success) return zodActionError(parsed.error, values);
  try {
    await dismissFreeTextFlag(user, bookingId, parsed.data);
  } catch (error) {
    const refused = domainActionError(error, values);
    if (!refused) throw error;
    return refused;
  }
  await markActionRerender();
  revalidatePath(`/staff/bookings/${bookingId}`);
  return { ok: true, message: "Marked not respiratory. The booking still needs your decision below." };
}
