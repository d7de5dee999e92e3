"use client";

import type { ActionState } from "@/lib/http/action-result";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton, SuccessMessage, TextArea } from "@/components/forms/form-fields";
import { useActionForm } from "@/components/forms/use-action-form";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  responseId: string;
  noteMaxLength: number;
  /** Already marked: only the outcome message (if just done here) stays. */
  dismissed: boolean;
};

/** "Not respiratory": takes the free-text reason out of the review, with a required note. */
export function DismissFreeTextForm({ action, responseId, noteMaxLength, dismissed }: Props) {
  // Its own ids: the decision form on the same page has a "note" too.
  const form = useActionForm(action, { fields: { note: "dismiss-note" } });
  if (form.state?.ok) return <SuccessMessage message={form.state.message} />;
  if (dismissed) return null;
  return (
    <form {...form.formProps} className="space-y-2 rounded border border-stone-300 p-3">
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="responseId" value={responseId} />
      <TextArea
        id="dismiss-note"
        name="note"
        label="Note: why the free text is not respiratory (required)"
        rows={2}
        maxLength={noteMaxLength}
        values={form.state && !form.state.ok ? form.values : undefined}
        errors={form.fieldErrors("note")}
      />
      <SubmitButton pending={form.pending} label="Mark free text not respiratory" />
    </form>
  );
}
