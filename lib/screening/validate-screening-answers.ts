import * as z from "zod";
import { buildScreeningAnswersSchema, type AnswersRule, type ScreeningAnswers } from "./answers-schema";
import { DEFAULT_CLINIC_TIME_ZONE, clinicDayOf, oneYearBefore } from "./clinic-calendar";

export type ScreeningValidationResult =
  | { ok: true; answers: ScreeningAnswers }
  | { ok: false; formErrors: string[]; fieldErrors: Record<string, string[]> };

export type ValidateScreeningOptions = { now: Date; timeZone?: string };

type DatedField = "positiveTestDate" | "closeContactDate" | "recentIllnessEndedOn";

const FUTURE_MESSAGES: Record<DatedField, string> = {
  positiveTestDate: "The date of your positive test can’t be in the future",
  closeContactDate: "The date you were last in contact can’t be in the future",
  recentIllnessEndedOn:
    "The date your symptoms ended can’t be in the future. If you are still unwell, tick your symptoms in question 1",
};
const TOO_OLD_MESSAGE = "Enter a date within the last year";

/**
 * The server-side check of one answer set: the shared schema plus the rules
 * that need "now" (no dates in the future, none more than a year ago), with
 * "today" taken in the clinic's time zone.
 */
export function validateScreeningAnswers(
  input: unknown,
  { now, timeZone = DEFAULT_CLINIC_TIME_ZONE }: ValidateScreeningOptions,
): ScreeningValidationResult {
  const today = clinicDayOf(now, timeZone);
  const earliest = oneYearBefore(today);
  const dateRules = (Object.keys(FUTURE_MESSAGES) as DatedField[]).map(
    (field): AnswersRule => ({
      fields: [field],
      check: (answers, ctx) => {
        const value = answers[field];
        // ISO days compare correctly as strings.
        if (value === undefined) return;
        if (value > today) ctx.addIssue({ code: "custom", path: [field], message: FUTURE_MESSAGES[field], input: value });
        else if (value < earliest) ctx.addIssue({ code: "custom", path: [field], message: TOO_OLD_MESSAGE, input: value });
      },
    }),
  );

  const result = buildScreeningAnswersSchema(dateRules).safeParse(input);
  if (result.success) return { ok: true, answers: result.data };

  const flattened = z.flattenError(result.error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(flattened.fieldErrors) as [string, string[] | undefined][]) {
    if (messages?.length) fieldErrors[field] = messages;
  }
  return { ok: false, formErrors: flattened.formErrors, fieldErrors };
}
