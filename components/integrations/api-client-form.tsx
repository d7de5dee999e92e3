"use client";

import { useActionState } from "react";
import { buttonClass, FieldError, inputClass } from "@/components/staff/form-parts";
import type { SecretState } from "@/app/staff/integrations/actions";
import { ShownOnceSecret } from "./shown-once-secret";

type Props = {
  action: (state: SecretState, formData: FormData) => Promise<SecretState>;
  scopes: { value: string; label: string }[];
};

export function ApiClientForm({ action, scopes }: Props) {
  const [state, formAction, pending] = useActionState<SecretState, FormData>(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  return (
    <div className="space-y-4">
      <ShownOnceSecret state={state} id="new-api-token" />
      <form action={formAction} noValidate className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <div>
          <label htmlFor="client-name" className="font-medium">Client name</label>
          <p id="client-name-hint" className="text-sm text-stone-600">The system that will use it, for example “Practice management system”.</p>
          <input
            id="client-name"
            name="name"
            type="text"
            defaultValue={values?.name}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={["client-name-hint", errors.name ? "client-name-error" : ""].filter(Boolean).join(" ")}
            className={inputClass}
          />
          <FieldError id="client-name-error" errors={errors.name} />
        </div>
        <fieldset aria-describedby={errors.scopes ? "scopes-error" : undefined} aria-invalid={errors.scopes ? true : undefined}>
          <legend className="font-medium">May read</legend>
          <ul className="mt-1 grid gap-1 md:grid-cols-2">
            {scopes.map((scope) => (
              <li key={scope.value}>
                <label className="inline-flex items-center gap-2">
                  <input type="checkbox" name="scopes" value={scope.value} />
                  <span>{scope.label} <code className="text-xs text-stone-600">{scope.value}</code></span>
                </label>
              </li>
            ))}
          </ul>
          <FieldError id="scopes-error" errors={errors.scopes} />
        </fieldset>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Creating…" : "Create API client"}
        </button>
      </form>
    </div>
  );
}
