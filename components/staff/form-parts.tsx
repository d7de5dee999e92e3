// Small form pieces for the staff console: a label on every field, the error
// right beside it (tied with aria-describedby) and a summary that is announced.

export type FieldErrors = Record<string, string[] | undefined>;
export type FormState =
  | null
  | { ok: false; formErrors: string[]; fieldErrors: FieldErrors; values?: Record<string, string> }
  | { ok: true; message: string };

export function fieldErrorsOf(state: FormState, name: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors[name] : undefined;
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {errors.join(" ")}
    </p>
  );
}

/** Announces what went wrong (role=alert) or what was done (role=status). */
export function FormMessage({ state }: { state: FormState }) {
  if (!state) return null;
  if (state.ok) {
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
        {state.message}
      </p>
    );
  }
  const fieldCount = Object.values(state.fieldErrors).filter((e) => e?.length).length;
  const messages = state.formErrors.length
    ? state.formErrors
    : fieldCount
      ? ["Some details need correcting: see the messages beside the fields."]
      : [];
  if (!messages.length) return null;
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}

export const inputClass =
  "mt-1 block w-full rounded border border-stone-400 px-3 py-2 aria-[invalid=true]:border-red-700";
export const buttonClass =
  "rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60";
