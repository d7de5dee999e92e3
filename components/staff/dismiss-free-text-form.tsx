"use client";

import { useActionState } from "react";
import { buttonClass, FieldError, fieldErrorsOf, FormMessage, inputClass, type FormState } from "./form-parts";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  responseId: string;
  noteMaxLength: number;
  /** Already marked: only the outcome message (if just done here) stays. */
  dismissed: boolean;
};

/** "Not respiratory": takes the free-text reason out of the review, with a required note. */
export function DismissFreeTextForm({ action, responseId, noteMaxLength, dismissed }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  const errors = fieldErrorsOf(state, "note");
  if (state?.ok) return <FormMessage state={state} />;
  if (dismissed) return null;
  return (
    <form action={formAction} className="space-y-2 rounded border border-stone-300 p-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="responseId" value={responseId} />
      <label htmlFor="dismiss-note" className="block font-medium">
        Note: why the free text is not respiratory (required)
      </label>
      <textarea
        id="dismiss-note"
        name="note"
        rows={2}
        maxLength={noteMaxLength}
        required
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? "dismiss-note-error" : undefined}
        defaultValue={state && !state.ok ? state.values?.note : undefined}
        className={inputClass}
      />
      <FieldError id="dismiss-note-error" errors={errors} />
      <button type="submit" className={buttonClass} disabled={pending}>
        Mark free text not respiratory
      </button>
    </form>
  );
}
