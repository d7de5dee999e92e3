"use client";

import type { ActionState } from "@/lib/http/action-result";
import { DateInput, dateTarget } from "@/components/forms/date-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton, TextField } from "@/components/forms/form-fields";
import { useActionForm } from "@/components/forms/use-action-form";

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState> };

const FIELDS = { legalName: "legalName", dateOfBirth: dateTarget("dateOfBirth"), phone: "phone", email: "email", nhi: "nhi" };

/** The details staff take for a patient new to the clinic, in the one form pattern (components/forms). */
export function NewPatientForm({ action }: Props) {
  const form = useActionForm(action, { fields: FIELDS });
  const values = form.state && !form.state.ok ? form.values : undefined;
  return (
    <form {...form.formProps} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <ErrorSummary {...form.summary} />
      <TextField name="legalName" label="Full legal name" autoComplete="off" values={values} errors={form.fieldErrors("legalName")} />
      <DateInput name="dateOfBirth" legend="Date of birth" values={values} errors={form.fieldErrors("dateOfBirth")} />
      <TextField
        name="phone"
        label="Phone number"
        type="tel"
        inputMode="tel"
        hint="For example 021 555 0100 or +64 21 555 0100."
        autoComplete="off"
        values={values}
        errors={form.fieldErrors("phone")}
      />
      <TextField
        name="email"
        label="Email address"
        type="email"
        hint="The confirmation goes here, and the patient signs in with it later."
        autoComplete="off"
        values={values}
        errors={form.fieldErrors("email")}
      />
      <TextField
        name="nhi"
        label="NHI number"
        optional
        hint="Leave blank if the patient does not know it."
        autoComplete="off"
        maxLength={9}
        values={values}
        errors={form.fieldErrors("nhi")}
      />
      <SubmitButton pending={form.pending} label="Add patient and continue" pendingLabel="Adding…" />
    </form>
  );
}
