"use client";

import { useActionState } from "react";
import { resendSignInLinkAction, type ResendState } from "./actions";

export function ResendForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<ResendState, FormData>(resendSignInLinkAction, null);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state ? (
        <p
          role={state.ok ? "status" : "alert"}
          className={state.ok ? "rounded border border-emerald-700 bg-emerald-50 p-3" : "rounded border border-red-300 bg-red-50 p-3 text-red-900"}
        >
          {state.message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-brand-600 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-70"
      >
        {pending ? "Sending…" : "Send again"}
      </button>
    </form>
  );
}
