// The fields every form uses: a real label, an optional hint, the error
// message beside the field (announced with it through aria-describedby),
// aria-invalid while wrong, and the person's answer put back after an error.
import type { ReactNode } from "react";
import type { FormValues } from "@/lib/http/action-result";

export const inputClass =
  "block w-full max-w-md rounded border border-stone-400 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";
export const buttonClass =
  "rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";

export function text(values: FormValues | undefined, name: string): string | undefined {
  const value = values?.[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value[0] : undefined;
}

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-sm text-stone-700">
      {children}
    </p>
  );
}

/** The message beside a field; "Error:" is read out, not shown (GOV.UK). */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="font-semibold text-red-800">
      <span className="sr-only">Error: </span>
      {messages.join(". ")}
    </p>
  );
}

type Common = {
  name: string;
  /** Defaults to the name. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  /** Shown after a failed post; else `defaultValue`. */
  values?: FormValues;
  defaultValue?: string;
  optional?: boolean;
};

function Label({ htmlFor, label, optional }: { htmlFor: string; label: ReactNode; optional?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      {label}
      {optional ? <span className="font-normal text-stone-700"> (optional)</span> : null}
    </label>
  );
}

export function TextField(
  props: Common & {
    type?: "text" | "email" | "password" | "tel" | "time" | "date";
    autoComplete?: string;
    inputMode?: "text" | "email" | "tel" | "numeric" | "decimal";
    maxLength?: number;
    className?: string;
  },
) {
  const { name, id = name, label, hint, errors, values, defaultValue, optional, type = "text" } = props;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = errors?.length ? `${id}-error` : null;
  return (
    <div className="space-y-1">
      <Label htmlFor={id} label={label} optional={optional} />
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      <FieldError id={`${id}-error`} messages={errors} />
      <input
        id={id}
        name={name}
        type={type}
        // A password is never put back.
        defaultValue={type === "password" ? undefined : (text(values, name) ?? defaultValue)}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        spellCheck={type === "email" ? false : undefined}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        className={props.className ?? inputClass}
      />
    </div>
  );
}

export function TextArea(props: Common & { rows?: number; maxLength?: number }) {
  const { name, id = name, label, hint, errors, values, defaultValue, optional } = props;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = errors?.length ? `${id}-error` : null;
  return (
    <div className="space-y-1">
      <Label htmlFor={id} label={label} optional={optional} />
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      <FieldError id={`${id}-error`} messages={errors} />
      <textarea
        id={id}
        name={name}
        rows={props.rows ?? 3}
        maxLength={props.maxLength}
        defaultValue={text(values, name) ?? defaultValue}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        className={`${inputClass} max-w-3xl`}
      />
    </div>
  );
}

export function SelectField(props: Common & { placeholder: string; options: { value: string; label: string }[] }) {
  const { name, id = name, label, hint, errors, values, defaultValue, optional } = props;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = errors?.length ? `${id}-error` : null;
  const chosen = text(values, name) ?? defaultValue ?? "";
  return (
    <div className="space-y-1">
      <Label htmlFor={id} label={label} optional={optional} />
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      <FieldError id={`${id}-error`} messages={errors} />
      <select
        // React applies a select's defaultValue only when it mounts.
        key={chosen}
        id={id}
        name={name}
        defaultValue={chosen}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        className={inputClass}
      >
        <option value="">{props.placeholder}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Radios in a fieldset; the summary links to the first option, `${id}-${first value}`. */
export function RadioGroup(
  props: Common & { legend?: ReactNode; options: { value: string; label: ReactNode; hint?: ReactNode }[] },
) {
  const { name, id = name, hint, errors, values, defaultValue } = props;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = errors?.length ? `${id}-error` : null;
  const chosen = text(values, name) ?? defaultValue;
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy(hintId, errorId)}>
      <legend className="font-semibold">{props.legend ?? props.label}</legend>
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      <FieldError id={`${id}-error`} messages={errors} />
      {props.options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="flex items-start gap-3">
            <input
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              defaultChecked={chosen === option.value}
              aria-invalid={errorId ? true : undefined}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={optionId}>
              <span className="font-medium">{option.label}</span>
              {option.hint ? (
                <span id={`${optionId}-hint`} className="block text-sm text-stone-700">
                  {option.hint}
                </span>
              ) : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function SubmitButton({ pending, label, pendingLabel, danger }: { pending: boolean; label: string; pendingLabel?: string; danger?: boolean }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={danger ? buttonClass.replace("bg-brand-700", "bg-red-700").replace("hover:bg-brand-800", "hover:bg-red-800") : buttonClass}
    >
      {pending ? (pendingLabel ?? label) : label}
    </button>
  );
}

/** What was just done, announced politely. */
export function SuccessMessage({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded border border-brand-600 bg-brand-50 p-3">
      {message}
    </p>
  );
}
