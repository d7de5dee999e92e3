import * as z from "zod";
import {
  NO_SYMPTOMS,
  QUESTION_WINDOW_DAYS,
  windowInWords,
  OTHER_INFO_MAX_LENGTH,
  RECENT_ILLNESS_KINDS,
  SYMPTOM_CODES,
  TEMPERATURE_MAX_C,
  TEMPERATURE_MIN_C,
  YES_NO,
} from "./answer-codes";
import { QUESTIONNAIRE_VERSION } from "./questionnaire";
import { optionalDateSchema } from "@/lib/dates/date-schema";

// One answer set for questionnaire version 1, shared by the form and the
// server. Messages speak to the patient and land on the field they are about.

/** Follow-up fields asked only when their question is answered "yes". */
export const FOLLOW_UP_FIELDS = {
  positiveTest: ["positiveTestDate"],
  closeContact: ["closeContactDate"],
  recentIllness: ["recentIllnessKind", "recentIllnessEndedOn"],
} as const;

const TEMPERATURE_RANGE_MESSAGE =
  `Enter your temperature in °C, between ${TEMPERATURE_MIN_C.toFixed(1)} and ${TEMPERATURE_MAX_C.toFixed(1)} ` +
  "(for example 36.8)";
const CHOOSE_SYMPTOMS_MESSAGE = "Tick any symptoms you have, or tick “None of these”";
export const NONE_WITH_SYMPTOMS_MESSAGE = "Choose “None of these” only if you have none of the symptoms";
export const DECLARATION_MESSAGE = "Please confirm the declaration to continue";

const yesNo = (message: string) => z.enum(YES_NO, { error: message });
// The form sends three boxes, the API "YYYY-MM-DD": the same GOV.UK messages for both
// ("Date of the test must be a real date"). "Not in the future" needs today: validate-screening-answers.
const day = (label: string, missing: string) => optionalDateSchema({ label, missing }).optional();

const answersObject = z.object({
  version: z.literal(QUESTIONNAIRE_VERSION, {
    error: "This form is out of date. Please reload the page and answer the questions again.",
  }),
  symptoms: z
    .array(z.enum(SYMPTOM_CODES, { error: "Choose from the symptoms listed" }), { error: CHOOSE_SYMPTOMS_MESSAGE })
    .min(1, { error: CHOOSE_SYMPTOMS_MESSAGE })
    // A double-submitted checkbox should not store the same symptom twice.
    .overwrite((codes) => [...new Set(codes)]),
  temperatureC: z
    .number({ error: "Enter your temperature as a number, for example 36.8" })
    .min(TEMPERATURE_MIN_C, { error: TEMPERATURE_RANGE_MESSAGE })
    .max(TEMPERATURE_MAX_C, { error: TEMPERATURE_RANGE_MESSAGE })
    .nullable()
    .default(null),
  positiveTest: yesNo(`Tell us whether you have had a positive COVID-19 or flu test in the last ${windowInWords(QUESTION_WINDOW_DAYS.positiveTest)}`),
  positiveTestDate: day("Date of the test", "Enter the date of your positive test").optional(),
  closeContact: yesNo("Tell us whether you have been a close contact of someone with COVID-19 or flu"),
  closeContactDate: day("Date you were last in contact", "Enter the date you were last in contact").optional(),
  recentIllness: yesNo(`Tell us whether you have had a cold, chest infection, flu or COVID-19 in the last ${windowInWords(QUESTION_WINDOW_DAYS.recentIllness)}`),
  recentIllnessKind: z
    .enum(RECENT_ILLNESS_KINDS, { error: "Choose which illness you had" })
    .optional(),
  recentIllnessEndedOn: day("Date your symptoms ended", "Enter the date your symptoms ended").optional(),
  otherInfo: z
    .string({ error: "Enter any other information as text" })
    .trim()
    .max(OTHER_INFO_MAX_LENGTH, {
      error: (issue) =>
        `Please keep this to ${OTHER_INFO_MAX_LENGTH} characters or fewer` +
        (typeof issue.input === "string" ? ` (it is ${issue.input.length} now)` : ""),
    })
    .default(""),
  declaration: z.literal(true, { error: DECLARATION_MESSAGE }),
}, { error: "Please answer the health questions and try again" });

type AnswersObject = z.output<typeof answersObject>;
type AnswerField = keyof AnswersObject;

/** An extra rule over some fields; it runs only once those fields are valid. */
export type AnswersRule = {
  fields: readonly AnswerField[];
  check: (answers: AnswersObject, ctx: z.RefinementCtx<AnswersObject>) => void;
};

const REQUIRED_FOLLOW_UP_MESSAGES: Record<string, string> = {
  positiveTestDate: "Enter the date of your positive test",
  closeContactDate: "Enter the date you were last in contact",
  recentIllnessKind: "Choose which illness you had",
  recentIllnessEndedOn: "Enter the date your symptoms ended",
};

const baseRules: AnswersRule[] = [
  {
    fields: ["symptoms"],
    check: ({ symptoms }, ctx) => {
      if (symptoms.includes(NO_SYMPTOMS) && symptoms.some((code) => code !== NO_SYMPTOMS)) {
        ctx.addIssue({ code: "custom", path: ["symptoms"], message: NONE_WITH_SYMPTOMS_MESSAGE, input: symptoms });
      }
    },
  },
  ...Object.entries(FOLLOW_UP_FIELDS).map(
    ([parent, children]): AnswersRule => ({
      fields: [parent as AnswerField, ...children],
      check: (answers, ctx) => {
        if (answers[parent as keyof typeof FOLLOW_UP_FIELDS] !== "yes") return;
        for (const child of children) {
          if (answers[child] === undefined) {
            ctx.addIssue({ code: "custom", path: [child], message: REQUIRED_FOLLOW_UP_MESSAGES[child] ?? "Required" });
          }
        }
      },
    }),
  ),
];

/**
 * The answer-set schema plus extra rules. Cross-field rules run as soon as
 * their own fields are valid (Zod would otherwise skip them while any field
 * is wrong), so the patient sees every problem in one go.
 */
export function buildScreeningAnswersSchema(extraRules: readonly AnswersRule[] = []) {
  const withRules = [...baseRules, ...extraRules].reduce(
    (schema, rule) => schema.superRefine(rule.check, { when: (payload) => fieldsAreValid(payload.issues, rule.fields) }),
    answersObject,
  );
  return z.preprocess(dropUnaskedFollowUps, withRules);
}

export const screeningAnswersSchema = buildScreeningAnswersSchema();

export type ScreeningAnswers = z.output<typeof screeningAnswersSchema>;
export type { SymptomCode, RecentIllnessKind, YesNo } from "./answer-codes";

function fieldsAreValid(issues: readonly z.core.$ZodRawIssue[], fields: readonly string[]): boolean {
  // An issue with an empty path means the input was not an object at all.
  return issues.every((issue) => {
    const top = issue.path?.[0];
    return top !== undefined && !fields.includes(String(top));
  });
}

// A follow-up hidden after the patient switched to "no" may still be posted;
// it was not asked, so it is neither validated nor stored (health data we do
// not need is data we should not keep).
function dropUnaskedFollowUps(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const answers: Record<string, unknown> = { ...input };
  for (const [parent, children] of Object.entries(FOLLOW_UP_FIELDS)) {
    if (answers[parent] !== "yes") for (const child of children) delete answers[child];
  }
  return answers;
}
