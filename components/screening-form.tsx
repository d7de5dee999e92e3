"use client";

import { startTransition, useActionState, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import {
  screeningAnswersFromFormData,
  validateScreeningAnswers,
  type FollowUp,
  type Question,
  type Questionnaire,
} from "@/lib/screening";
import { ErrorSummary, type ErrorSummaryItem } from "./error-summary";
import type { ScreeningFormState, ScreeningFormValues } from "./screening-form-values";

type Props = {
  /** The definition only: this component never receives stored answers from the database. */
  questionnaire: Questionnaire;
  /** The clinic's zone, so "no dates in the future" means the clinic's today. */
  timeZone: string;
  action: (state: ScreeningFormState, formData: FormData) => Promise<ScreeningFormState>;
  submitLabel: string;
  pendingLabel?: string;
  /** e.g. the chosen start time of a new booking. */
  hiddenFields?: Record<string, string>;
  /** Fields shown above the questions, e.g. a choice of practitioner. */
  children?: ReactNode;
  /** A way out beside the button, e.g. "Choose another time". */
  secondary?: ReactNode;
};

type Errors = { formErrors: string[]; fieldErrors: Record<string, string[]> };
const NO_ERRORS: Errors = { formErrors: [], fieldErrors: {} };

const inputClass = "rounded border border-stone-400 bg-white px-3 py-2";
const errorInputClass = "border-red-700 border-2";

/**
 * The health questionnaire, rendered from its definition. Works as a plain
 * form post (the server action) without JavaScript; with JavaScript the same
 * schema checks the answers before anything is sent.
 */
export function ScreeningForm({
  questionnaire,
  timeZone,
  action,
  submitLabel,
  pendingLabel = "Sending…",
  hiddenFields = {},
  children,
  secondary,
}: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const serverErrors: Errors = state && !state.ok ? state : NO_ERRORS;
  const values: ScreeningFormValues = (state && !state.ok && state.values) || {};

  const [clientErrors, setClientErrors] = useState<Errors | null>(null);
  // Client errors are replaced by the server's answer as soon as one arrives.
  const [shownServerState, setShownServerState] = useState(state);
  if (shownServerState !== state) {
    setShownServerState(state);
    setClientErrors(null);
  }
  const errors = clientErrors ?? serverErrors;

  const summaryRef = useRef<HTMLDivElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest > 0) summaryRef.current?.focus();
  }, [focusRequest]);
  useEffect(() => {
    if (state && !state.ok) setFocusRequest((n) => n + 1);
  }, [state]);

  // Before hydration (or with no JavaScript) every follow-up is shown.
  const hydrated = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

  function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    // We submit through the action ourselves: React would otherwise reset the
    // form after a failed server check and the patient would lose their answers.
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const result = validateScreeningAnswers(screeningAnswersFromFormData(formData), { now: new Date(), timeZone });
    if (!result.ok) {
      setClientErrors({ formErrors: result.formErrors, fieldErrors: result.fieldErrors });
      setFocusRequest((n) => n + 1);
      return;
    }
    setClientErrors(NO_ERRORS);
    startTransition(() => formAction(formData));
  }

  const summaryItems = errorSummaryItems(questionnaire, errors);

  return (
    <form action={formAction} onSubmit={handleSubmit} noValidate className="space-y-8">
      <ErrorSummary ref={summaryRef} items={summaryItems} />
      {!clientErrors && state && !state.ok && state.next ? (
        <p>
          <a href={state.next.href} className="font-semibold text-brand-700 underline">
            {state.next.label}
          </a>
        </p>
      ) : null}
      {children}
      <input type="hidden" name="version" value={String(questionnaire.version)} />
      {Object.entries(hiddenFields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="space-y-2">
        <h2 className="text-xl font-semibold">{questionnaire.title}</h2>
        <p className="max-w-3xl">{questionnaire.intro}</p>
      </div>
      {questionnaire.questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          errors={errors.fieldErrors}
          values={values}
          hydrated={hydrated}
        />
      ))}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? pendingLabel : submitLabel}
        </button>
        {secondary}
      </div>
    </form>
  );
}

type FieldProps = {
  question: Question;
  errors: Record<string, string[]>;
  values: ScreeningFormValues;
  hydrated: boolean;
};

function QuestionField({ question, errors, values, hydrated }: FieldProps) {
  const heading = `${question.number}. ${question.label}`;
  const helpId = `${question.id}-help`;
  const error = errors[question.id];
  const errorId = `${question.id}-error`;
  const describedBy = [helpId, error ? errorId : null].filter(Boolean).join(" ");

  switch (question.kind) {
    case "multi-choice":
      return (
        <SymptomsField question={question} error={error} values={values} describedBy={describedBy} heading={heading} />
      );
    case "number": {
      const unitId = `${question.id}-unit`;
      return (
        <div className="space-y-2">
          <label htmlFor={question.id} className="block font-semibold">
            {heading}
          </label>
          <Help id={helpId}>{question.help}</Help>
          <FieldError id={errorId} messages={error} />
          <div className="flex items-center gap-2">
            <input
              id={question.id}
              name={question.id}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={text(values[question.id])}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${describedBy} ${unitId}`}
              className={`${inputClass} w-28 ${error ? errorInputClass : ""}`}
            />
            <span id={unitId} aria-label="degrees Celsius">
              {question.unit}
            </span>
          </div>
        </div>
      );
    }
    case "yes-no":
      return (
        <YesNoField
          question={question}
          errors={errors}
          values={values}
          hydrated={hydrated}
          describedBy={describedBy}
          heading={heading}
        />
      );
    case "text":
      return (
        <FreeTextField
          question={question}
          error={error}
          values={values}
          describedBy={describedBy}
          heading={heading}
        />
      );
    case "declaration":
      return (
        <fieldset className="space-y-2" aria-describedby={describedBy}>
          <legend className="font-semibold">{question.number}. Declaration</legend>
          <Help id={helpId}>{question.help}</Help>
          <FieldError id={errorId} messages={error} />
          <div className="flex items-start gap-3">
            <input
              id={question.id}
              name={question.id}
              type="checkbox"
              value="on"
              defaultChecked={values[question.id] === "on"}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              className="mt-1 h-5 w-5"
            />
            <label htmlFor={question.id}>{question.label}</label>
          </div>
        </fieldset>
      );
  }
}

function SymptomsField({
  question,
  error,
  values,
  describedBy,
  heading,
}: {
  question: Extract<Question, { kind: "multi-choice" }>;
  error?: string[];
  values: ScreeningFormValues;
  describedBy: string;
  heading: string;
}) {
  const [selected, setSelected] = useState<string[]>(list(values[question.id]));
  const exclusive = question.options.filter((option) => option.exclusive).map((option) => option.value);
  const groupRef = useRef<HTMLFieldSetElement>(null);
  // Boxes ticked before the page finished loading count too.
  useEffect(() => {
    const ticked = groupRef.current?.querySelectorAll<HTMLInputElement>(`input[name="${question.id}"]:checked`);
    if (ticked && ticked.length > 0) setSelected(Array.from(ticked, (input) => input.value));
  }, [question.id]);

  function toggle(value: string, checked: boolean) {
    setSelected((current) => {
      if (!checked) return current.filter((v) => v !== value);
      // "None of these" and a symptom cannot both be ticked: the newest tick wins.
      if (exclusive.includes(value)) return [value];
      return [...current.filter((v) => !exclusive.includes(v)), value];
    });
  }

  return (
    <fieldset ref={groupRef} className="space-y-2" aria-describedby={describedBy}>
      <legend className="font-semibold">{heading}</legend>
      <Help id={`${question.id}-help`}>{question.help}</Help>
      <FieldError id={`${question.id}-error`} messages={error} />
      <ul className="space-y-2">
        {question.options.map((option) => {
          const id = `${question.id}-${option.value}`;
          return (
            <li key={option.value} className={`flex items-start gap-3 ${option.exclusive ? "border-t border-stone-200 pt-2" : ""}`}>
              <input
                id={id}
                name={question.id}
                type="checkbox"
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                aria-invalid={error ? true : undefined}
                className="mt-1 h-5 w-5"
              />
              <label htmlFor={id}>{option.label}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function YesNoField({
  question,
  errors,
  values,
  hydrated,
  describedBy,
  heading,
}: {
  question: Extract<Question, { kind: "yes-no" }>;
  errors: Record<string, string[]>;
  values: ScreeningFormValues;
  hydrated: boolean;
  describedBy: string;
  heading: string;
}) {
  const [answer, setAnswer] = useState(text(values[question.id]));
  const groupRef = useRef<HTMLFieldSetElement>(null);
  // A choice made before the page finished loading still shows its follow-ups.
  useEffect(() => {
    const chosen = groupRef.current?.querySelector<HTMLInputElement>(`input[name="${question.id}"]:checked`);
    if (chosen) setAnswer(chosen.value);
  }, [question.id]);
  const error = errors[question.id];
  const followUpsId = `${question.id}-follow-ups`;
  const showFollowUps = (when: string) => !hydrated || answer === when;

  return (
    <fieldset ref={groupRef} className="space-y-2" aria-describedby={describedBy}>
      <legend className="font-semibold">{heading}</legend>
      <Help id={`${question.id}-help`}>{question.help}</Help>
      <FieldError id={`${question.id}-error`} messages={error} />
      <div className="flex gap-6">
        {question.options.map((option) => {
          const id = `${question.id}-${option.value}`;
          const controls = question.followUps.some((f) => f.showWhen === option.value) ? followUpsId : undefined;
          return (
            <div key={option.value} className="flex items-center gap-2">
              <input
                id={id}
                name={question.id}
                type="radio"
                value={option.value}
                defaultChecked={answer === option.value}
                onChange={() => setAnswer(option.value)}
                aria-invalid={error ? true : undefined}
                aria-controls={controls}
                className="h-5 w-5"
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
      {question.followUps.length > 0 ? (
        <div
          id={followUpsId}
          hidden={!question.followUps.some((f) => showFollowUps(f.showWhen))}
          className="space-y-4 border-l-4 border-stone-300 pl-4"
        >
          {hydrated ? null : <p className="text-sm text-stone-700">If you answered yes:</p>}
          {question.followUps.map((followUp) =>
            showFollowUps(followUp.showWhen) ? (
              <FollowUpField key={followUp.id} followUp={followUp} error={errors[followUp.id]} values={values} />
            ) : null,
          )}
        </div>
      ) : null}
    </fieldset>
  );
}

function FollowUpField({ followUp, error, values }: { followUp: FollowUp; error?: string[]; values: ScreeningFormValues }) {
  const errorId = `${followUp.id}-error`;
  const helpId = followUp.help ? `${followUp.id}-help` : null;
  const describedBy = [helpId, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  if (followUp.kind === "date") {
    return (
      <div className="space-y-1">
        <label htmlFor={followUp.id} className="block font-medium">
          {followUp.label}
        </label>
        {helpId ? <Help id={helpId}>{followUp.help}</Help> : null}
        <FieldError id={errorId} messages={error} />
        <input
          id={followUp.id}
          name={followUp.id}
          type="date"
          defaultValue={text(values[followUp.id])}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`${inputClass} ${error ? errorInputClass : ""}`}
        />
      </div>
    );
  }
  return (
    <fieldset className="space-y-1" aria-describedby={describedBy}>
      <legend className="font-medium">{followUp.label}</legend>
      {helpId ? <Help id={helpId}>{followUp.help}</Help> : null}
      <FieldError id={errorId} messages={error} />
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {followUp.options.map((option) => {
          const id = `${followUp.id}-${option.value}`;
          return (
            <div key={option.value} className="flex items-center gap-2">
              <input
                id={id}
                name={followUp.id}
                type="radio"
                value={option.value}
                defaultChecked={text(values[followUp.id]) === option.value}
                aria-invalid={error ? true : undefined}
                className="h-5 w-5"
              />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function FreeTextField({
  question,
  error,
  values,
  describedBy,
  heading,
}: {
  question: Extract<Question, { kind: "text" }>;
  error?: string[];
  values: ScreeningFormValues;
  describedBy: string;
  heading: string;
}) {
  const initial = text(values[question.id]);
  const [length, setLength] = useState(initial.length);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (textRef.current) setLength(textRef.current.value.length);
  }, []);
  const countId = `${question.id}-count`;
  const over = length - question.maxLength;
  return (
    <div className="space-y-2">
      <label htmlFor={question.id} className="block font-semibold">
        {heading}
      </label>
      <Help id={`${question.id}-help`}>{question.help}</Help>
      <FieldError id={`${question.id}-error`} messages={error} />
      <textarea
        ref={textRef}
        id={question.id}
        name={question.id}
        rows={4}
        defaultValue={initial}
        // No maxLength attribute: a pasted long note should be shown as too
        // long (and trimmed by the patient), not silently cut off.
        onChange={(event) => setLength(event.currentTarget.value.length)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${describedBy} ${countId}`}
        className={`${inputClass} block w-full max-w-3xl ${error ? errorInputClass : ""}`}
      />
      <p id={countId} className={`text-sm ${over > 0 ? "font-semibold text-red-800" : "text-stone-700"}`}>
        {over > 0
          ? `You have ${over} ${over === 1 ? "character" : "characters"} too many`
          : `${length} of ${question.maxLength} characters`}
      </p>
      {/* Announced only when the limit is crossed, not on every keystroke. */}
      <p className="sr-only" aria-live="polite">
        {over > 0 ? `Over the ${question.maxLength} character limit` : ""}
      </p>
    </div>
  );
}

function Help({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="text-sm text-stone-700">
      {children}
    </p>
  );
}

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="font-semibold text-red-800">
      <span className="sr-only">Error: </span>
      {messages.join(". ")}
    </p>
  );
}

/** Each field error links to the first control of its field; errors for other fields are listed as text. */
function errorSummaryItems(questionnaire: Questionnaire, errors: Errors): ErrorSummaryItem[] {
  const targets = new Map<string, string>();
  for (const question of questionnaire.questions) {
    if (question.kind === "multi-choice" || question.kind === "yes-no") {
      targets.set(question.id, `${question.id}-${question.options[0]?.value}`);
    } else {
      targets.set(question.id, question.id);
    }
    if (question.kind === "yes-no") {
      for (const followUp of question.followUps) {
        targets.set(followUp.id, followUp.kind === "date" ? followUp.id : `${followUp.id}-${followUp.options[0]?.value}`);
      }
    }
  }
  // In the order the questions are asked, then anything else.
  const order = [...targets.keys()];
  const fields = Object.keys(errors.fieldErrors).sort(
    (a, b) => (order.indexOf(a) + 1 || Infinity) - (order.indexOf(b) + 1 || Infinity),
  );
  return [
    ...errors.formErrors.map((message) => ({ message })),
    ...fields.flatMap((field) =>
      (errors.fieldErrors[field] ?? []).map((message) => ({ message, targetId: targets.get(field) })),
    ),
  ];
}

function text(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

function list(value: string | string[] | undefined): string[] {
  return Array.isArray(value) ? value : typeof value === "string" && value !== "" ? [value] : [];
}
