import * as z from "zod";
import { LRUCache } from "lru-cache";
import { buildScreeningAnswersSchema, type AnswersRule, type ScreeningAnswers } from "./answers-schema";
import { addClinicDays } from "@/lib/availability/clinic-date";
import { clinicDateOf } from "@/lib/availability/clinic-time";
import { QUESTION_WINDOW_DAYS, windowInWords } from "./answer-codes";

export type ScreeningValidationResult =
  | { ok: true; answers: ScreeningAnswers }
  | { ok: false; formErrors: string[]; fieldErrors: Record<string, string[]> };

export type ValidateScreeningOptions = { now: Date; timeZone: string };

type DatedField = "positiveTestDate" | "closeContactDate" | "recentIllnessEndedOn";

const FUTURE_MESSAGES: Record<DatedField, string> = {
  positiveTestDate: "The date of your positive test can’t be in the future",
  closeContactDate: "The date you were last in contact can’t be in the future",
  recentIllnessEndedOn:
    "The date your symptoms ended can’t be in the future. If you are still unwell, tick your symptoms in question 1",
};

// Each dated question asks about its own window ("in the last 10 days"); a
// date outside it contradicts the "yes", so ask the patient to correct one or the other.
const WINDOW_DAYS: Record<DatedField, number> = {
  positiveTestDate: QUESTION_WINDOW_DAYS.positiveTest,
  closeContactDate: QUESTION_WINDOW_DAYS.closeContact,
  recentIllnessEndedOn: QUESTION_WINDOW_DAYS.recentIllness,
};
const tooOld = (field: DatedField, what: string) => {
  const window = windowInWords(WINDOW_DAYS[field]);
  return `That is more than ${window} ago. If ${what} more than ${window} ago, answer “No”`;
};
const TOO_OLD_MESSAGES: Record<DatedField, string> = {
  positiveTestDate: tooOld("positiveTestDate", "your positive test was"),
  closeContactDate: tooOld("closeContactDate", "your last contact was"),
  recentIllnessEndedOn: tooOld("recentIllnessEndedOn", "you recovered"),
};

/** The rules that need "today": no date in the future, none before its question's window. */
function dateRulesOn(today: string): AnswersRule[] {
  return (Object.keys(FUTURE_MESSAGES) as DatedField[]).map(
    (field): AnswersRule => ({
      fields: [field],
      check: (answers, ctx) => {
        const value = answers[field];
        // ISO days compare correctly as strings.
        if (value === undefined) return;
        if (value > today) ctx.addIssue({ code: "custom", path: [field], message: FUTURE_MESSAGES[field], input: value });
        else if (value < addClinicDays(today, -WINDOW_DAYS[field])) {
          ctx.addIssue({ code: "custom", path: [field], message: TOO_OLD_MESSAGES[field], input: value });
        }
      },
    }),
  );
}

// The schema depends only on the clinic's date, and building one costs about
// ten times a parse (Zod compiles each new object schema on its first use):
// one per date, the last few kept (clinics in other zones may be a day apart).
const schemasByDay = new LRUCache<string, ReturnType<typeof buildScreeningAnswersSchema>>({ max: 4 });

function answersSchemaOn(today: string) {
  let schema = schemasByDay.get(today);
  if (!schema) schemasByDay.set(today, (schema = buildScreeningAnswersSchema(dateRulesOn(today))));
  return schema;
}

/**
 * The server-side check of one answer set: the shared schema plus the rules
 * that need "now" (no dates in the future, none before the question's own
 * window), with "today" taken in the clinic's time zone.
 */
export function validateScreeningAnswers(
  input: unknown,
  { now, timeZone }: ValidateScreeningOptions,
): ScreeningValidationResult {
  const result = answersSchemaOn(clinicDateOf(now, timeZone)).safeParse(input);
  if (result.success) return { ok: true, answers: result.data };

  const flattened = z.flattenError(result.error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(flattened.fieldErrors) as [string, string[] | undefined][]) {
    if (messages?.length) fieldErrors[field] = messages;
  }
  return { ok: false, formErrors: flattened.formErrors, fieldErrors };
}
