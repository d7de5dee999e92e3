// Small presentational pieces the sign-in, staff sign-in and profile forms share.
// (A candidate for components/ once other forms want them.)

export type ActionState =
  | { ok: false; formErrors: string[]; fieldErrors: Record<string, string[] | undefined>; values?: Record<string, string> }
  | { ok: true; message?: string }
  | null;

export function errorsOf(state: ActionState, field: string): string[] {
  return state && !state.ok ? (state.fieldErrors[field] ?? []) : [];
}

/** Announced when it appears: lists what needs fixing. */
export function ErrorSummary({ state, title = "Please check the form" }: { state: ActionState; title?: string }) {
  if (!state || state.ok) return null;
  const fieldMessages = Object.values(state.fieldErrors).flatMap((m) => m ?? []);
  const messages = [...state.formErrors, ...fieldMessages];
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{state.formErrors.length > 0 && fieldMessages.length === 0 ? state.formErrors[0] : title}</p>
      {fieldMessages.length + state.formErrors.length > 1 || fieldMessages.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function TextField(props: {
  name: string;
  label: string;
  hint?: string;
  errors: string[];
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: "text" | "email" | "tel";
}) {
  const { name, label, hint, errors, type = "text", defaultValue, autoComplete, required, maxLength, inputMode } = props;
  const id = `field-${name}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required ? null : <span className="font-normal text-stone-600"> (optional)</span>}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        maxLength={maxLength}
        inputMode={inputMode}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`block w-full max-w-md rounded border px-3 py-2 ${errorId ? "border-red-700" : "border-stone-400"}`}
      />
    </div>
  );
}

export function SubmitButton({ pending, children }: { pending: boolean; children: React.ReactNode }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
    >
      {children}
    </button>
  );
}
