import {
  OTHER_INFO_MAX_LENGTH,
  QUESTION_WINDOW_DAYS,
  windowInWords,
  TEMPERATURE_MAX_C,
  TEMPERATURE_MIN_C,
  type RecentIllnessKind,
  type SymptomCode,
  type YesNo,
} from "./answer-codes";

// The questionnaire is plain data so a form can render it, staff can read old
// responses in the words the patient saw, and a new version can sit beside
// this one without touching stored answers. Each question's `id` is the name
// of its field in the answer set (and of the form input).

export const QUESTIONNAIRE_VERSION = 1;

export type Option<V extends string = string> = {
  value: V;
  label: string;
  /** Choosing this option means no other option may be chosen ("None of these"). */
  exclusive?: boolean;
};

/** A field asked only when its parent question is answered `showWhen`. */
export type FollowUp =
  | { id: string; kind: "date"; label: string; help?: string; showWhen: YesNo }
  | { id: string; kind: "single-choice"; label: string; help?: string; showWhen: YesNo; options: Option[] };

export type Question =
  | {
      id: string;
      number: number;
      kind: "multi-choice";
      label: string;
      help: string;
      options: Option[];
      /** For a question about a period ("in the last 14 days"): its length in days. */
      windowDays?: number;
    }
  | {
      id: string;
      number: number;
      kind: "number";
      label: string;
      help: string;
      unit: string;
      min: number;
      max: number;
      step: number;
      optional: true;
      /** Shown to staff when the patient left it blank. */
      blankAnswer: string;
    }
  | {
      id: string;
      number: number;
      kind: "yes-no";
      label: string;
      help: string;
      options: Option<YesNo>[];
      followUps: FollowUp[];
      /** For a question about a period ("in the last 10 days"): its length in days. */
      windowDays?: number;
    }
  | {
      id: string;
      number: number;
      kind: "text";
      label: string;
      help: string;
      maxLength: number;
      optional: true;
      blankAnswer: string;
    }
  | { id: string; number: number; kind: "declaration"; label: string; help: string };

export type Questionnaire = {
  id: string;
  version: number;
  title: string;
  intro: string;
  questions: Question[];
};

const yesNo: Option<YesNo>[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

export const SYMPTOM_OPTIONS: Option<SymptomCode>[] = [
  { value: "cough", label: "New or worse cough" },
  { value: "sore_throat", label: "Sore throat" },
  { value: "cold", label: "Runny or blocked nose, sneezing (a cold)" },
  { value: "fever", label: "Fever or chills" },
  { value: "breathless", label: "Shortness of breath or wheeze" },
  { value: "smell_taste", label: "Loss or change of smell or taste" },
  { value: "aches_tiredness", label: "Flu-like muscle aches or unusual tiredness" },
  { value: "none", label: "None of these", exclusive: true },
];

export const RECENT_ILLNESS_OPTIONS: Option<RecentIllnessKind>[] = [
  { value: "cold", label: "A cold" },
  { value: "chest_infection", label: "A chest infection" },
  { value: "flu", label: "Flu (influenza)" },
  { value: "covid", label: "COVID-19" },
];

export const questionnaireV1: Questionnaire = {
  id: "respiratory-screening",
  version: 1,
  title: "Health check before your procedure",
  intro:
    "If you are unwell with a cough, cold or respiratory symptoms it is best to postpone your procedure. " +
    "These questions help us keep you and other patients safe. Our clinical team reads your answers, " +
    "and they are kept private.",
  questions: [
    {
      id: "symptoms",
      number: 1,
      kind: "multi-choice",
      label: `Do you have any of these symptoms now, or have you had them in the last ${windowInWords(QUESTION_WINDOW_DAYS.symptoms)}?`,
      windowDays: QUESTION_WINDOW_DAYS.symptoms,
      help: "Tick all that apply. If you have none of them, tick “None of these”.",
      options: SYMPTOM_OPTIONS,
    },
    {
      id: "temperatureC",
      number: 2,
      kind: "number",
      label: "If you have measured your temperature, what was it?",
      help: "In degrees Celsius, for example 36.8. Leave this blank if you have not measured it.",
      unit: "°C",
      min: TEMPERATURE_MIN_C,
      max: TEMPERATURE_MAX_C,
      step: 0.1,
      optional: true,
      blankAnswer: "Not measured",
    },
    {
      id: "positiveTest",
      number: 3,
      kind: "yes-no",
      label: `Have you had a positive COVID-19 or influenza (flu) test in the last ${windowInWords(QUESTION_WINDOW_DAYS.positiveTest)}?`,
      windowDays: QUESTION_WINDOW_DAYS.positiveTest,
      help: "Include rapid antigen tests (RATs) you did at home.",
      options: yesNo,
      followUps: [{ id: "positiveTestDate", kind: "date", label: "Date of the test", showWhen: "yes" }],
    },
    {
      id: "closeContact",
      number: 4,
      kind: "yes-no",
      label: `Have you been a close or household contact of someone with COVID-19 or influenza (flu) in the last ${windowInWords(QUESTION_WINDOW_DAYS.closeContact)}?`,
      windowDays: QUESTION_WINDOW_DAYS.closeContact,
      help: "For example, you live with them or spent time close to them indoors.",
      options: yesNo,
      followUps: [
        { id: "closeContactDate", kind: "date", label: "Date you were last in contact", showWhen: "yes" },
      ],
    },
    {
      id: "recentIllness",
      number: 5,
      kind: "yes-no",
      label: `Have you had a cold, chest infection, flu or COVID-19 that has got better in the last ${windowInWords(QUESTION_WINDOW_DAYS.recentIllness)}?`,
      windowDays: QUESTION_WINDOW_DAYS.recentIllness,
      help:
        "Tell us even if you feel completely well now. A recent illness can affect anaesthesia and recovery, " +
        "so we may suggest a later date.",
      options: yesNo,
      followUps: [
        {
          id: "recentIllnessKind",
          kind: "single-choice",
          label: "Which illness was it?",
          showWhen: "yes",
          options: RECENT_ILLNESS_OPTIONS,
        },
        { id: "recentIllnessEndedOn", kind: "date", label: "Date your symptoms ended", showWhen: "yes" },
      ],
    },
    {
      id: "otherInfo",
      number: 6,
      kind: "text",
      label: "Is there anything else about your health the team should know?",
      help: `Optional. Up to ${OTHER_INFO_MAX_LENGTH} characters.`,
      maxLength: OTHER_INFO_MAX_LENGTH,
      optional: true,
      blankAnswer: "Nothing added",
    },
    {
      id: "declaration",
      number: 7,
      kind: "declaration",
      label:
        "I confirm that my answers are true, and I will tell the clinic if I get any symptoms before my procedure.",
      help: "You need to tick this box to continue.",
    },
  ],
};

const QUESTIONNAIRES: ReadonlyMap<number, Questionnaire> = new Map([[1, questionnaireV1]]);

/** The definition a response was answered against; old responses keep their own wording. */
export function getQuestionnaire(version: number): Questionnaire {
  const questionnaire = QUESTIONNAIRES.get(version);
  if (!questionnaire) {
    // A stored version we do not know is a data or deploy error, not a user error.
    throw new RangeError(`Unknown screening questionnaire version: ${version}`);
  }
  return questionnaire;
}
