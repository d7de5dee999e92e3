"use client";

import type { BookingActionState } from "@/lib/http/action-result";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/form-fields";
import { useActionForm } from "@/components/forms/use-action-form";

type Props = {
  action: (state: BookingActionState, formData: FormData) => Promise<BookingActionState>;
  /** Values the action needs that the person does not edit (procedure, start time…). */
  hidden: Record<string, string>;
  submitLabel: string;
  pendingLabel?: string;
  /** Visible fields placed above the button, e.g. a practitioner choice. */
  children?: React.ReactNode | ((state: BookingActionState) => React.ReactNode);
  /** A secondary way out, e.g. "Keep my booking". */
  secondary?: React.ReactNode;
  danger?: boolean;
  /** Where each visible field's error links to (a practitioner choice); others are listed as text. */
  fields?: Record<string, string>;
};

/**
 * The form behind every booking step (book, move, cancel), with the same
 * error summary as every other form (components/forms/).
 */
export function BookingActionForm({ action, hidden, submitLabel, pendingLabel, children, secondary, danger, fields = {} }: Props) {
  const form = useActionForm(action, { fields });
  return (
    <form {...form.formProps} className="space-y-4">
      <ErrorSummary {...form.summary} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {typeof children === "function" ? children(form.state) : children}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={form.pending} label={submitLabel} pendingLabel={pendingLabel ?? "Working…"} danger={danger} />
        {secondary}
      </div>
    </form>
  );
}
