"use client";

import { LEGAL_NAME_MAX, NHI_EXAMPLES_TEXT } from "@/lib/patients/profile-schema";
import { DateInput, dateTarget } from "@/components/forms/date-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton, SuccessMessage, TextField } from "@/components/forms/form-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveProfileAction } from "./actions";

export type ProfileFormValues = { legalName: string; dateOfBirth: string; phone: string; nhi: string };

const FIELDS = { legalName: "legalName", dateOfBirth: dateTarget("dateOfBirth"), phone: "phone", nhi: "nhi" };

export function ProfileForm(props: { mode: "complete" | "edit"; callbackUrl?: string; initial: ProfileFormValues }) {
  const form = useActionForm(saveProfileAction, { fields: FIELDS });
  const { initial, values } = { initial: props.initial, values: form.state && !form.state.ok ? form.values : undefined };
  return (
    <form {...form.formProps} className="space-y-5">
      <ErrorSummary {...form.summary} />
      {form.state?.ok ? <SuccessMessage message={form.state.message} /> : null}
      <input type="hidden" name="mode" value={props.mode} />
      {props.callbackUrl ? <input type="hidden" name="callbackUrl" value={props.callbackUrl} /> : null}
      <TextField
        name="legalName"
        label="Full legal name"
        hint="As it appears on your passport or driver licence."
        autoComplete="name"
        maxLength={LEGAL_NAME_MAX}
        values={values}
        defaultValue={initial.legalName}
        errors={form.fieldErrors("legalName")}
      />
      <DateInput
        name="dateOfBirth"
        legend="Date of birth"
        autoComplete="bday"
        values={values}
        defaultValue={initial.dateOfBirth}
        errors={form.fieldErrors("dateOfBirth")}
      />
      <TextField
        name="phone"
        label="Phone number"
        type="tel"
        inputMode="tel"
        hint="For example 021 555 0100 or +64 21 555 0100."
        autoComplete="tel"
        values={values}
        defaultValue={initial.phone}
        errors={form.fieldErrors("phone")}
      />
      <TextField
        name="nhi"
        label="NHI number"
        optional
        hint={`Your National Health Index number, ${NHI_EXAMPLES_TEXT}. Leave it blank if you do not know it.`}
        autoComplete="off"
        maxLength={9}
        values={values}
        defaultValue={initial.nhi}
        errors={form.fieldErrors("nhi")}
      />
      <SubmitButton
        pending={form.pending}
        label={props.mode === "complete" ? "Save and continue" : "Save changes"}
        pendingLabel="Saving…"
      />
    </form>
  );
}
