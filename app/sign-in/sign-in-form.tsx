"use client";

import { useActionState } from "react";
import { requestSignInLinkAction } from "./actions";
import { ErrorSummary, SubmitButton, TextField, errorsOf, type ActionState } from "./form-parts";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(requestSignInLinkAction, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} noValidate className="space-y-4">
      <ErrorSummary state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        label="Email address"
        type="email"
        inputMode="email"
        autoComplete="email"
        required
        defaultValue={values?.email}
        errors={errorsOf(state, "email")}
        hint="We will email you a link that signs you in. No password needed."
      />
      <SubmitButton pending={pending}>{pending ? "Sending…" : "Email me a sign-in link"}</SubmitButton>
    </form>
  );
}
