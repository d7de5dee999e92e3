"use client";

import type { ActionState } from "@/lib/http/action-result";
import { NOTE_MAX_LENGTH, PATIENT_MESSAGE_MAX_LENGTH } from "@/lib/staff/decision-schema";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadioGroup, SubmitButton, SuccessMessage, TextArea } from "@/components/forms/form-fields";
import { useActionForm } from "@/components/forms/use-action-form";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  version: number;
  /** False once the booking is no longer awaiting review: only the outcome message stays. */
  decidable: boolean;
};

const CHOICES = [
  { value: "CLEAR_TO_PROCEED", label: "Clear to proceed", hint: "The booking is confirmed. A note saying why is required." },
  { value: "POSTPONE", label: "Postpone", hint: "The time is released and the patient is invited to rebook from the suggested date." },
  { value: "CANCEL", label: "Cancel", hint: "The booking is cancelled and the patient is told." },
];

// Where each field's error summary link goes: the decision links to its first choice.
const FIELDS = { decision: `decision-${CHOICES[0]!.value}`, note: "note", patientMessage: "patientMessage" };

export function DecisionForm({ action, version, decidable }: Props) {
  const form = useActionForm(action, { fields: FIELDS });
  const values = form.state && !form.state.ok ? form.values : undefined;
  return (
    <div className="space-y-4">
      {form.state?.ok ? <SuccessMessage message={form.state.message} /> : null}
      {decidable ? (
        <form {...form.formProps} className="space-y-4">
          <ErrorSummary {...form.summary} />
          <input type="hidden" name="expectedVersion" value={version} />
          <RadioGroup name="decision" label="Decision" options={CHOICES} values={values} errors={form.fieldErrors("decision")} />
          <TextArea
            name="note"
            label="Note for the record"
            hint="Required to clear to proceed. Kept with the booking; never emailed."
            maxLength={NOTE_MAX_LENGTH}
            values={values}
            errors={form.fieldErrors("note")}
          />
          <TextArea
            name="patientMessage"
            label="Message to the patient"
            optional
            hint="Added to the email when you postpone or cancel. Do not include health details."
            maxLength={PATIENT_MESSAGE_MAX_LENGTH}
            values={values}
            errors={form.fieldErrors("patientMessage")}
          />
          <SubmitButton pending={form.pending} label="Record decision" pendingLabel="Saving…" />
        </form>
      ) : (
        // A refusal after the booking stopped being decidable still needs saying.
        <ErrorSummary {...form.summary} />
      )}
    </div>
  );
}
