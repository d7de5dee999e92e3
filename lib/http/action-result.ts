// The one result shape of every form's server action:
// `{ ok: false, formErrors, fieldErrors, values? }` or `{ ok: true, message?, ... }`.
// The form components in components/forms/ read it (error summary, messages
// beside fields, answers put back).
import * as z from "zod";
import { DomainError } from "@/lib/errors/domain-error";
import type { FormValues } from "./form-values";

// What was posted, as text, echoed back only to the person who typed it:
// without JavaScript the page reloads after a failed post and these put the
// answers back into the fields. Repeated fields (checkbox groups) are arrays.
export type { FormValues };

export type ActionFailure = {
  ok: false;
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
  values?: FormValues;
  /** A link past the refusal (e.g. "Change that booking"), shown with the errors. */
  next?: { label: string; href: string };
};

/** Success: an optional message for a role="status" line, plus anything the form shows next. */
export type ActionSuccess<T extends object = object> = { ok: true; message?: string } & T;

/** A form action's state: null before the first post. */
export type ActionState<T extends object = object> = ActionFailure | ActionSuccess<T> | null;

/** The booking steps (book, move, cancel) redirect on success. */
export type BookingActionState = ActionState;

export function zodActionError(error: z.ZodError, values?: FormValues): ActionFailure {
  const flat = z.flattenError(error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(flat.fieldErrors) as [string, string[] | undefined][]) {
    if (messages?.length) fieldErrors[field] = messages;
  }
  return { ok: false, formErrors: flat.formErrors, fieldErrors, ...(values ? { values } : {}) };
}

/**
 * An expected failure as form errors: a domain error's message beside its
 * field (or at the top of the form when it has none; its own field errors,
 * for invalid answers); null for the unexpected, which the caller rethrows.
 */
export function domainActionError(error: unknown, values?: FormValues): ActionFailure | null {
  if (!(error instanceof DomainError)) return null;
  const echo = { ...(values ? { values } : {}), ...(error.nextStep ? { next: error.nextStep } : {}) };
  if (error.fieldErrors || error.formErrors) {
    return { ok: false, formErrors: error.formErrors ?? [], fieldErrors: error.fieldErrors ?? {}, ...echo };
  }
  // The summary lists field errors itself: the message is shown once there, and again beside the field.
  return error.field
    ? { ok: false, formErrors: [], fieldErrors: { [error.field]: [error.message] }, ...echo }
    : { ok: false, formErrors: [error.message], fieldErrors: {}, ...echo };
}

/** A failure with one message for the whole form (no field). */
export function formError(message: string, values?: FormValues): ActionFailure {
  return { ok: false, formErrors: [message], fieldErrors: {}, ...(values ? { values } : {}) };
}

export { formObject, formValues } from "./form-values";
