// The one result shape of the booking forms' server actions.
import * as z from "zod";
import { BookingError } from "./booking-errors";

export type BookingActionState =
  | { ok: false; formErrors: string[]; fieldErrors: Record<string, string[]> }
  | { ok: true; bookingId: string }
  | null;

export function zodActionError(error: z.ZodError): BookingActionState {
  const flat = z.flattenError(error);
  return { ok: false, formErrors: flat.formErrors, fieldErrors: flat.fieldErrors as Record<string, string[]> };
}

/** An expected booking failure as form errors (the message also sits beside its field); null for the unexpected. */
export function bookingActionError(error: unknown): BookingActionState {
  if (!(error instanceof BookingError)) return null;
  return {
    ok: false,
    formErrors: [error.message],
    fieldErrors: error.field ? { [error.field]: [error.message] } : {},
  };
}

/** FormData → plain object for Zod; a repeated key keeps its first value. */
export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !(key in out)) out[key] = value;
  return out;
}
