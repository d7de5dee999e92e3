"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton, TextField } from "@/components/forms/form-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { staffSignInAction } from "./actions";

export function StaffSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const form = useActionForm(staffSignInAction, { fields: { email: "email", password: "password" }, omit: ["password"] });
  return (
    <form {...form.formProps} className="space-y-4">
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        label="Email address"
        type="email"
        inputMode="email"
        autoComplete="username"
        values={form.values}
        errors={form.fieldErrors("email")}
      />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" errors={form.fieldErrors("password")} />
      <SubmitButton pending={form.pending} label="Sign in" pendingLabel="Signing in…" />
    </form>
  );
}
