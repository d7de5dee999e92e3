"use client";

import type { SecretState } from "@/app/staff/integrations/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { describedBy, FieldError, SubmitButton, TextField } from "@/components/forms/form-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { ShownOnceSecret } from "./shown-once-secret";

type Props = {
  action: (state: SecretState, formData: FormData) => Promise<SecretState>;
  scopes: { value: string; label: string }[];
};

export function ApiClientForm({ action, scopes }: Props) {
  const form = useActionForm(action, {
    fields: { name: "client-name", scopes: `scope-${scopes[0]?.value}` },
    multiValued: ["scopes"],
    resetOnSuccess: true,
  });
  const values = form.state && !form.state.ok ? form.values : undefined;
  const scopeErrors = form.fieldErrors("scopes");
  const ticked = values?.scopes;
  return (
    <div className="space-y-4">
      <ShownOnceSecret state={form.state} id="new-api-token" />
      <form {...form.formProps} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <ErrorSummary {...form.summary} />
        <TextField
          id="client-name"
          name="name"
          label="Client name"
          hint="The system that will use it, for example “Practice management system”."
          values={values}
          errors={form.fieldErrors("name")}
        />
        <fieldset aria-describedby={describedBy(scopeErrors && "scopes-error")}>
          <legend className="font-semibold">May read</legend>
          <FieldError id="scopes-error" messages={scopeErrors} />
          <ul className="mt-1 grid gap-1 md:grid-cols-2">
            {scopes.map((scope) => (
              <li key={scope.value} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  id={`scope-${scope.value}`}
                  name="scopes"
                  value={scope.value}
                  defaultChecked={Array.isArray(ticked) && ticked.includes(scope.value)}
                  aria-invalid={scopeErrors ? true : undefined}
                />
                <label htmlFor={`scope-${scope.value}`}>
                  {scope.label} <code className="text-xs text-stone-600">{scope.value}</code>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <SubmitButton pending={form.pending} label="Create API client" pendingLabel="Creating…" />
      </form>
    </div>
  );
}
