// The one result shape of the forms' server actions:
// `{ ok: false, formErrors, fieldErrors }` or `{ ok: true, ... }`.
import * as z from "zod";
import { DomainError } from "@/lib/errors/domain-error";

export type ActionFailure = {
  ok: false;
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
  /** A link past the refusal (e.g. "Change that booking"), shown with the errors. */
  next?: { label: string; href: string };
};

export type BookingActionState = ActionFailure | { ok: true; bookingId: string } | null;

export function zodActionError(error: z.ZodError): ActionFailure {
  const flat = z.flattenError(error);
  return { ok: false, formErrors: flat.formErrors, fieldErrors: flat.fieldErrors as Record<string, string[]> };
}

/**
 * An expected failure as form errors: a domain error's message at the top of
 * the form and beside its field (or its own field errors, for invalid
 * answers); null for the unexpected, which the caller rethrows.
 */
export function domainActionError(error: unknown): ActionFailure | null {
  if (!(error instanceof DomainError)) return null;
  if (error.fieldErrors || error.formErrors) {
    return { ok: false, formErrors: error.formErrors ?? [], fieldErrors: error.fieldErrors ?? {} };
  }
  return {
    ok: false,
    formErrors: [error.message],
    fieldErrors: error.field ? { [error.field]: [error.message] } : {},
    ...(error.nextStep ? { next: error.nextStep } : {}),
  };
}

/** FormData → plain object for Zod; a repeated key keeps its first value. */
export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !(key in out)) out[key] = value;
  return out;
}
