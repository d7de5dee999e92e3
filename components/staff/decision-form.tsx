"use client";

import { useActionState, useEffect, useRef } from "react";
import { NOTE_MAX_LENGTH, PATIENT_MESSAGE_MAX_LENGTH } from "@/lib/staff/decision-schema";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/error-summary";
import { buttonClass, FieldError, fieldErrorsOf, FormMessage, inputClass, type FormState } from "./form-parts";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
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
const FIELD_TARGETS: Record<string, string> = {
  decision: `decision-${CHOICES[0]!.value}`,
  note: "note",
  patientMessage: "patientMessage",
};

function summaryItems(state: FormState): ErrorSummaryItem[] {
  if (!state || state.ok) return [];
  return [
    ...state.formErrors.map((message) => ({ message })),
    ...Object.entries(state.fieldErrors).flatMap(([field, errors]) =>
      errors?.length ? [{ message: errors[0]!, targetId: FIELD_TARGETS[field] }] : [],
    ),
  ];
}

export function DecisionForm({ action, version, decidable }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Each failed submit returns a new state object: move focus to the summary,
  // so keyboard and screen reader users land on what went wrong.
  useEffect(() => {
    if (state && !state.ok) summaryRef.current?.focus();
  }, [state]);
  const values = state && !state.ok ? state.values : undefined;
  const decisionErrors = fieldErrorsOf(state, "decision");
  const noteErrors = fieldErrorsOf(state, "note");
  const messageErrors = fieldErrorsOf(state, "patientMessage");
  return (
    <div className="space-y-4">
      {state?.ok ? <FormMessage state={state} /> : <ErrorSummary ref={summaryRef} title="There is a problem" items={summaryItems(state)} />}
      {decidable ? (
        <form action={formAction} noValidate className="space-y-4">
          <input type="hidden" name="expectedVersion" value={version} />
          <fieldset aria-describedby={decisionErrors ? "decision-error" : undefined} className="space-y-2">
            <legend className="font-semibold">Decision</legend>
            <FieldError id="decision-error" errors={decisionErrors} />
            {CHOICES.map((choice) => (
              <div key={choice.value} className="flex items-start gap-2">
                <input
                  type="radio"
                  id={`decision-${choice.value}`}
                  name="decision"
                  value={choice.value}
                  defaultChecked={values?.decision === choice.value}
                  aria-describedby={`decision-${choice.value}-hint`}
                  className="mt-1.5"
                />
                <label htmlFor={`decision-${choice.value}`}>
                  <span className="font-medium">{choice.label}</span>
                  <span id={`decision-${choice.value}-hint`} className="block text-sm text-stone-600">
                    {choice.hint}
                  </span>
                </label>
              </div>
            ))}
          </fieldset>
          <div>
            <label htmlFor="note" className="font-semibold">
              Note for the record
            </label>
            <p id="note-hint" className="text-sm text-stone-600">
              Required to clear to proceed. Kept with the booking; never emailed.
            </p>
            <textarea
              id="note"
              name="note"
              rows={3}
              maxLength={NOTE_MAX_LENGTH}
              defaultValue={values?.note}
              aria-invalid={noteErrors ? true : undefined}
              aria-describedby={noteErrors ? "note-hint note-error" : "note-hint"}
              className={inputClass}
            />
            <FieldError id="note-error" errors={noteErrors} />
          </div>
          <div>
            <label htmlFor="patientMessage" className="font-semibold">
              Message to the patient (optional)
            </label>
            <p id="patientMessage-hint" className="text-sm text-stone-600">
              Added to the email when you postpone or cancel. Do not include health details.
            </p>
            <textarea
              id="patientMessage"
              name="patientMessage"
              rows={3}
              maxLength={PATIENT_MESSAGE_MAX_LENGTH}
              defaultValue={values?.patientMessage}
              aria-invalid={messageErrors ? true : undefined}
              aria-describedby={messageErrors ? "patientMessage-hint patientMessage-error" : "patientMessage-hint"}
              className={inputClass}
            />
            <FieldError id="patientMessage-error" errors={messageErrors} />
          </div>
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? "Saving…" : "Record decision"}
          </button>
        </form>
      ) : null}
    </div>
  );
}
