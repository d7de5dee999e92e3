"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton, TextField } from "@/components/forms/form-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { requestSignInLinkAction } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const form = useActionForm(requestSignInLinkAction, { fields: { email: "email" } });
  return (
    <form {...form.formProps} className="space-y-4">
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        name="email"
        label="Email address"
        type="email"
        inputMode="email"
        autoComplete="email"
        values={form.values}
        errors={form.fieldErrors("email")}
        hint="We will email you a link that signs you in. No password needed."
      />
      <SubmitButton pending={form.pending} label="Email me a sign-in link" pendingLabel="Sending…" />
    </form>
  );
}
