"use client";

import { useActionState } from "react";
import { LEGAL_NAME_MAX, NHI_EXAMPLES_TEXT } from "@/lib/patients/profile-schema";
import { ErrorSummary, SubmitButton, TextField, errorsOf, type ActionState } from "@/app/sign-in/form-parts";
import { saveProfileAction } from "./actions";

export type ProfileFormValues = { legalName: string; dateOfBirth: string; phone: string; nhi: string };

export function ProfileForm(props: { mode: "complete" | "edit"; callbackUrl?: string; initial: ProfileFormValues }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(saveProfileAction, null);
  // After a failed save, show what was typed; otherwise what is stored.
  const v = state && !state.ok && state.values ? (state.values as ProfileFormValues) : props.initial;
  return (
    <form action={action} noValidate className="space-y-5">
      <ErrorSummary state={state} title="Some details need correcting" />
      {state?.ok ? (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 p-3">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="mode" value={props.mode} />
      {props.callbackUrl ? <input type="hidden" name="callbackUrl" value={props.callbackUrl} /> : null}
      <TextField
        name="legalName"
        label="Full legal name"
        hint="As it appears on your passport or driver licence."
        autoComplete="name"
        required
        maxLength={LEGAL_NAME_MAX}
        defaultValue={v.legalName}
        errors={errorsOf(state, "legalName")}
      />
      <TextField
        name="dateOfBirth"
        label="Date of birth"
        type="date"
        autoComplete="bday"
        required
        defaultValue={v.dateOfBirth}
        errors={errorsOf(state, "dateOfBirth")}
      />
      <TextField
        name="phone"
        label="Phone number"
        type="tel"
        inputMode="tel"
        hint="For example 021 555 0100 or +64 21 555 0100."
        autoComplete="tel"
        required
        defaultValue={v.phone}
        errors={errorsOf(state, "phone")}
      />
      <TextField
        name="nhi"
        label="NHI number"
        hint={`Your National Health Index number, ${NHI_EXAMPLES_TEXT}. Leave it blank if you do not know it.`}
        autoComplete="off"
        maxLength={9}
        defaultValue={v.nhi}
        errors={errorsOf(state, "nhi")}
      />
      <SubmitButton pending={pending}>{pending ? "Saving…" : props.mode === "complete" ? "Save and continue" : "Save changes"}</SubmitButton>
    </form>
  );
}
