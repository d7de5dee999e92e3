"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import type { FollowUp, Question, Questionnaire } from "@/lib/screening";
import { screeningAnswersFromFormData } from "@/lib/screening/answers-from-form-data";
import type { ActionState, FormValues } from "@/lib/http/action-result";
import { ErrorSummary } from "./forms/error-summary";
import { DateInput, dateTarget } from "./forms/date-input";
import { FieldError, Hint } from "./forms/form-fields";
import { useActionForm, type FieldTargets } from "./forms/use-action-form";

type Props = {
  /** The definition only: this component never receives stored answers from the database. */
  questionnaire: Questionnaire;
  /** The clinic's zone, so "no dates in the future" means the clinic's today. */
  timeZone: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  submitLabel: string;
  pendingLabel?: string;
  /** e.g. the chosen start time of a new booking. */
  hiddenFields?: Record<string, string>;
  /** Fields shown above the questions, e.g. a choice of practitioner. */
  children?: ReactNode;
  /** A way out beside the button, e.g. "Choose another time". */
  secondary?: ReactNode;
};

type ScreeningFormValues = FormValues;

// The answer checks (the Zod schema and clinic-time dates) are most of this
// form's code and are not needed to show it: they load when the patient
// starts answering, not with the page (docs/decisions/012-hot-paths.md).
const loadAnswerChecks = () => import("@/lib/screening/validate-screening-answers");
const warmAnswerChecks = () => void loadAnswerChecks().catch(() => {});

/** The browser-side check of the answers, or null when its code could not load (the server checks anyway). */
async function checkAnswersInBrowser(formData: FormData, timeZone: string) {
  try {
    const { validateScreeningAnswers } = await loadAnswerChecks();
    const result = validateScreeningAnswers(screeningAnswersFromFormData(formData), { now: new Date(), timeZone });
    return result.ok ? null : { formErrors: result.formErrors, fieldErrors: result.fieldErrors };
  } catch {
    return null;
  }
}

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
  const form = useActionForm(action, {
    fields: fieldTargets(questionnaire),
    multiValued: ["symptoms"],
    validate: (formData) => checkAnswersInBrowser(formData, timeZone),
  });
  const errors = form.errors;
  const values: ScreeningFormValues = (form.state && !form.state.ok && form.state.values) || {};

  // Before hydration (or with no JavaScript) every follow-up is shown.
  const hydrated = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

  return (
    // Focus inside the form (the first answer) starts loading the checks, so they are there by "Confirm".
    <form {...form.formProps} onFocus={warmAnswerChecks} className="space-y-8">
      <ErrorSummary {...form.summary} />
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
          disabled={form.pending}
          className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {form.pending ? pendingLabel : submitLabel}
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
          <Hint id={helpId}>{question.help}</Hint>
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
          <Hint id={helpId}>{question.help}</Hint>
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
      <Hint id={`${question.id}-help`}>{question.help}</Hint>
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
      <Hint id={`${question.id}-help`}>{question.help}</Hint>
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
      <DateInput
        name={followUp.id}
        legend={followUp.label}
        legendClassName="font-medium"
        hint={followUp.help}
        values={values}
        errors={error}
      />
    );
  }
  return (
    <fieldset className="space-y-1" aria-describedby={describedBy}>
      <legend className="font-medium">{followUp.label}</legend>
      {helpId ? <Hint id={helpId}>{followUp.help}</Hint> : null}
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
      <Hint id={`${question.id}-help`}>{question.help}</Hint>
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

/** Each field's error links to its first control, in the order the questions are asked. */
function fieldTargets(questionnaire: Questionnaire): FieldTargets {
  const targets: FieldTargets = {};
  for (const question of questionnaire.questions) {
    targets[question.id] =
      question.kind === "multi-choice" || question.kind === "yes-no" ? `${question.id}-${question.options[0]?.value}` : question.id;
    if (question.kind === "yes-no") {
      for (const followUp of question.followUps) {
        targets[followUp.id] = followUp.kind === "date" ? dateTarget(followUp.id) : `${followUp.id}-${followUp.options[0]?.value}`;
      }
    }
  }
  return targets;
}

function text(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

function list(value: string | string[] | undefined): string[] {
  return Array.isArray(value) ? value : typeof value === "string" && value !== "" ? [value] : [];
}
