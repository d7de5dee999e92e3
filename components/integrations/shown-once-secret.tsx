import { SuccessMessage } from "@/components/forms/form-fields";
import type { SecretState } from "@/app/staff/integrations/actions";

/** The announcement after a form, and the new secret in a read-only field to copy. */
export function ShownOnceSecret({ state, id }: { state: SecretState; id: string }) {
  if (!state?.ok) return null;
  return (
    <div className="space-y-3">
      <SuccessMessage message={state.message} />
      <div>
        <label htmlFor={id} className="font-medium">{state.secretLabel}</label>
        <input
          id={id}
          readOnly
          value={state.secret}
          className="mt-1 block w-full rounded border border-stone-400 bg-stone-50 px-3 py-2 font-mono text-sm"
        />
      </div>
    </div>
  );
}
