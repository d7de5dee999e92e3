"use client";

import { useActionState, useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import type { BookingActionState } from "@/lib/http/action-result";

type Props = {
  action: (state: BookingActionState, formData: FormData) => Promise<BookingActionState>;
  /** Values the action needs that the person does not edit (procedure, start time…). */
  hidden: Record<string, string>;
  submitLabel: string;
  pendingLabel?: string;
  /** Visible fields placed above the button, e.g. a practitioner choice or the screening questions. */
  children?: React.ReactNode | ((state: BookingActionState) => React.ReactNode);
  /** A secondary way out, e.g. "Keep my booking". */
  secondary?: React.ReactNode;
  danger?: boolean;
};

/**
 * The form behind every booking step (book, move, cancel). Composable: other
 * steps (the health screening) put their own fields inside as children, and
 * can read the action's field errors through the render-prop form. Problems
 * are announced (role="alert") and focused after a failed submit.
 */
export function BookingActionForm({ action, hidden, submitLabel, pendingLabel, children, secondary, danger }: Props) {
  const [state, formAction] = useActionState(action, null);
  const alertRef = useRef<HTMLDivElement>(null);
  const errors = state && !state.ok ? [...new Set([...state.formErrors, ...Object.values(state.fieldErrors).flat()])] : [];

  useEffect(() => {
    if (errors.length > 0) alertRef.current?.focus();
  }, [state, errors.length]);

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {errors.length > 0 ? (
        <div ref={alertRef} role="alert" tabIndex={-1} className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-900">
          <h2 className="font-semibold">We could not do that</h2>
          <ul className="mt-1 list-disc pl-5">
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          {state && !state.ok && state.next ? (
            <p className="mt-2">
              <a href={state.next.href} className="font-semibold underline">
                {state.next.label}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {typeof children === "function" ? children(state) : children}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton label={submitLabel} pendingLabel={pendingLabel ?? "Working…"} danger={danger} />
        {secondary}
      </div>
    </form>
  );
}

function SubmitButton({ label, pendingLabel, danger }: { label: string; pendingLabel: string; danger?: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-5 py-2.5 font-semibold text-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500 disabled:opacity-70 ${
        danger ? "bg-red-700 hover:bg-red-800" : "bg-brand-700 hover:bg-brand-800"
      }`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
