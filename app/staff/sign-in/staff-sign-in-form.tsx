"use client";

import { useActionState } from "react";
import { ErrorSummary, SubmitButton, TextField, errorsOf, type ActionState } from "@/app/sign-in/form-parts";
import { staffSignInAction } from "./actions";

export function StaffSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(staffSignInAction, null);
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
        autoComplete="username"
        required
        defaultValue={values?.email}
        errors={errorsOf(state, "email")}
      />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required errors={errorsOf(state, "password")} />
      <SubmitButton pending={pending}>{pending ? "Signing in…" : "Sign in"}</SubmitButton>
    </form>
  );
}
