"use client";

import { useActionState, useEffect, useRef } from "react";
import { ErrorSummary } from "@/components/error-summary";
import { buttonClass, FieldError, inputClass, type FormState } from "./form-parts";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState> };

const FIELDS = [
  { name: "legalName", label: "Full legal name", type: "text", autoComplete: "off" },
  { name: "dateOfBirth", label: "Date of birth", type: "date", autoComplete: "off" },
  { name: "phone", label: "Phone number", type: "tel", autoComplete: "off", hint: "For example 021 555 0100 or +64 21 555 0100." },
  { name: "email", label: "Email address", type: "email", autoComplete: "off", hint: "The confirmation goes here, and the patient signs in with it later." },
  { name: "nhi", label: "NHI number (optional)", type: "text", autoComplete: "off", hint: "Leave blank if the patient does not know it." },
] as const;

/** The details staff take for a patient new to the clinic; the error summary links to each field. */
export function NewPatientForm({ action }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failed) summaryRef.current?.focus();
  }, [failed]);
  const items = failed
    ? [
        ...failed.formErrors
          .filter((message) => !Object.values(failed.fieldErrors).some((errors) => errors?.includes(message)))
          .map((message) => ({ message })),
        ...FIELDS.flatMap((f) => (failed.fieldErrors[f.name] ?? []).map((message) => ({ message, targetId: f.name }))),
      ]
    : [];
  return (
    <form action={formAction} noValidate className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <ErrorSummary ref={summaryRef} title="There is a problem with the patient's details" items={items} />
      {FIELDS.map((f) => {
        const errors = failed?.fieldErrors[f.name];
        const hintId = "hint" in f ? `${f.name}-hint` : "";
        return (
          <div key={f.name}>
            <label htmlFor={f.name} className="font-medium">
              {f.label}
            </label>
            {"hint" in f ? (
              <p id={hintId} className="text-sm text-stone-700">
                {f.hint}
              </p>
            ) : null}
            <FieldError id={`${f.name}-error`} errors={errors} />
            <input
              id={f.name}
              name={f.name}
              type={f.type}
              autoComplete={f.autoComplete}
              defaultValue={failed?.values?.[f.name]}
              aria-invalid={errors ? true : undefined}
              aria-describedby={[hintId, errors ? `${f.name}-error` : ""].filter(Boolean).join(" ") || undefined}
              className={`${inputClass} max-w-md`}
            />
          </div>
        );
      })}
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Adding…" : "Add patient and continue"}
      </button>
    </form>
  );
}
