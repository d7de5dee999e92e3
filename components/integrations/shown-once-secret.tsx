import { FormMessage } from "@/components/staff/form-parts";
import type { SecretState } from "@/app/staff/integrations/actions";

/** The announcement after a form, and the new secret in a read-only field to copy. */
export function ShownOnceSecret({ state, id }: { state: SecretState; id: string }) {
  return (
    <div className="space-y-3">
      <FormMessage state={state && state.ok ? { ok: true, message: state.message } : state} />
      {state?.ok ? (
        <div>
          <label htmlFor={id} className="font-medium">{state.secretLabel}</label>
          <input
            id={id}
            readOnly
            value={state.secret}
            className="mt-1 block w-full rounded border border-stone-400 bg-stone-50 px-3 py-2 font-mono text-sm"
          />
        </div>
      ) : null}
    </div>
  );
}
