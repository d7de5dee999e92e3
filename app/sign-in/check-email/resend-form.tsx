"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { SuccessMessage } from "@/components/forms/form-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { resendSignInLinkAction } from "./actions";

/** "Send again": another link to the address the last one went to (kept server-side, never in the page). */
export function ResendForm({ callbackUrl }: { callbackUrl: string }) {
  const form = useActionForm(resendSignInLinkAction, { fields: {} });
  return (
    <form {...form.formProps} className="space-y-3">
      <ErrorSummary {...form.summary} />
      {form.state?.ok ? <SuccessMessage message={form.state.message} /> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <button
        type="submit"
        disabled={form.pending}
        className="rounded border border-brand-600 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-70"
      >
        {form.pending ? "Sending…" : "Send again"}
      </button>
    </form>
  );
}
