"use client";

import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { ActionState, FormValues } from "@/lib/http/action-result";
import { formValues } from "@/lib/http/form-values";
import type { ErrorSummaryItem } from "./error-summary";

export type FormErrors = { formErrors: string[]; fieldErrors: Record<string, string[]> };
const NO_ERRORS: FormErrors = { formErrors: [], fieldErrors: {} };

/**
 * Where each field's error summary link goes, in the order the fields are
 * shown: an element id, or a function of the posted values (a date links to
 * its first wrong box). Fields not listed are shown in the summary as text.
 */
export type FieldTargets = Record<string, string | ((values: FormValues) => string)>;

type Options = {
  fields: FieldTargets;
  /**
   * A check in the browser before anything is sent (the same schema the server
   * uses). It may be async, so its code can load when needed; null means
   * nothing to report (or the check could not run: the server checks anyway).
   */
  validate?: (formData: FormData) => FormErrors | null | Promise<FormErrors | null>;
  /** Clear the fields after a success (e.g. a new time-off block). */
  resetOnSuccess?: boolean;
  /** Posted fields that are never echoed back (a password). */
  omit?: readonly string[];
  multiValued?: readonly string[];
};

/**
 * The one way a form talks to its server action. Works as a plain post
 * without JavaScript (the action echoes the answers back); with JavaScript it
 * submits through the action itself, so React does not reset the form after a
 * failed check and the person keeps what they typed.
 */
export function useActionForm<T extends object>(
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>,
  options: Options,
) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const [clientErrors, setClientErrors] = useState<FormErrors | null>(null);
  const [submitted, setSubmitted] = useState<FormValues>({});
  const [focusKey, setFocusKey] = useState(0);
  const [checking, setChecking] = useState(false);
  const formRef = useRef<HTMLFormElement | null>(null);

  // A new answer from the server replaces any errors found in the browser.
  const [shownState, setShownState] = useState(state);
  if (shownState !== state) {
    setShownState(state);
    setClientErrors(null);
  }
  useEffect(() => {
    if (state && !state.ok) {
      setFocusKey((n) => n + 1);
      // A secret is typed again after a failure, never kept (as a no-JavaScript reload would do).
      for (const name of options.omit ?? []) {
        const field = formRef.current?.elements.namedItem(name);
        if (field instanceof HTMLInputElement) field.value = "";
      }
    }
    if (state?.ok && options.resetOnSuccess) formRef.current?.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const serverErrors: FormErrors = state && !state.ok ? state : NO_ERRORS;
  const errors = clientErrors ?? serverErrors;
  const values: FormValues = clientErrors ? submitted : ((state && !state.ok && state.values) || submitted);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || checking) return;
    formRef.current = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : undefined);
    setSubmitted(formValues(formData, { omit: options.omit, multiValued: options.multiValued }));
    setChecking(true);
    const found = (await options.validate?.(formData)) ?? null;
    setChecking(false);
    if (found && (found.formErrors.length > 0 || Object.keys(found.fieldErrors).length > 0)) {
      setClientErrors(found);
      setFocusKey((n) => n + 1);
      return;
    }
    setClientErrors(NO_ERRORS);
    startTransition(() => formAction(formData));
  }

  return {
    state,
    /** Sending, or checking in the browser before sending. */
    pending: pending || checking,
    errors,
    /** The answers to show: what was last posted, after a failure. */
    values,
    fieldErrors: (name: string): string[] | undefined => errors.fieldErrors[name],
    summary: {
      items: errorSummaryItems(errors, options.fields, values),
      focusKey,
      next: !clientErrors && state && !state.ok ? state.next : undefined,
    },
    formProps: { action: formAction, onSubmit, noValidate: true },
  };
}

/** Form-wide messages first, then each field's message in the order of the fields, linked to it. */
export function errorSummaryItems(errors: FormErrors, fields: FieldTargets, values: FormValues): ErrorSummaryItem[] {
  const order = Object.keys(fields);
  const rank = (field: string) => order.indexOf(field) + 1 || Infinity;
  const named = Object.keys(errors.fieldErrors).sort((a, b) => rank(a) - rank(b));
  return [
    ...errors.formErrors.map((message) => ({ message })),
    ...named.flatMap((field) => {
      const target = fields[field];
      const targetId = typeof target === "function" ? target(values) : target;
      return (errors.fieldErrors[field] ?? []).map((message) => ({ message, targetId }));
    }),
  ];
}
