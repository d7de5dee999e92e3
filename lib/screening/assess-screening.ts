import { addClinicDays, clinicDaysBetween } from "@/lib/availability/clinic-date";
import { formatClinicDay } from "@/lib/availability/clinic-display";
import { clinicDateOf } from "@/lib/availability/clinic-time";
import type { ClinicDate } from "@/lib/availability/types";
import { reasonMessage, type ReasonAdvice } from "@/lib/messages/domain-messages";
import { QUESTION_WINDOW_DAYS } from "./answer-codes";
import type { RecentIllnessKind, ScreeningAnswers, SymptomCode } from "./answers-schema";
import { mentionsRespiratoryIllness } from "./free-text-respiratory";

export type ScreeningOutcome = "CLEAR" | "FLAGGED";

export type ScreeningReasonCode =
  | "SYMPTOMS"
  | "FEVER"
  | "POSITIVE_TEST"
  | "CLOSE_CONTACT"
  | "RECENT_RESPIRATORY_ILLNESS"
  | "RECENT_COVID"
  | "FREE_TEXT_RESPIRATORY";

/**
 * One reason a booking is flagged: `detail` is its own words, `advice` which
 * of the clinic's advice follows it, and `message` the two written together
 * (by lib/messages) for staff and the API.
 */
export type ScreeningReason = { code: ScreeningReasonCode; message: string; detail: string; advice: ReasonAdvice };

export type ScreeningAssessment = {
  outcome: ScreeningOutcome;
  reasons: ScreeningReason[];
  /** The first clinic day on which none of the dated reasons would apply; absent when no rule suggests one. */
  earliestSuggestedDate?: ClinicDate;
};

export type AssessScreeningOptions = { now: Date; procedureStartsAt: Date; timeZone: string };

/** 37.8 °C and above is a fever (37.7 is not). */
export const FEVER_THRESHOLD_C = 37.8;

/**
 * For each dated rule, the gap in whole clinic days from the event after which
 * the rule no longer applies. The earliest suggested date is event + this gap,
 * so a booking moved to that date is not flagged again by the same answer.
 * "Within N days" counts the Nth day, as the questions do ("in the last 14 days").
 */
export const CLEAR_AFTER_DAYS = {
  // Symptoms or a fever today fall out of "the last 14 days" on day 15. It is
  // a lower bound: the patient should be well by then, and is asked again.
  SYMPTOMS: QUESTION_WINDOW_DAYS.symptoms + 1,
  // Positive test within 10 days of now flags; on day 11 it no longer does.
  POSITIVE_TEST: QUESTION_WINDOW_DAYS.positiveTest + 1,
  // Contact within 14 days (about the longest incubation we screen for); day 15 clears.
  CLOSE_CONTACT: QUESTION_WINDOW_DAYS.closeContact + 1,
  // A cold, chest infection or flu: more than two weeks between recovery and the procedure.
  RECENT_RESPIRATORY_ILLNESS: 15,
  // ANZCA PG68(A): delay non-urgent elective procedures for 7 weeks after
  // COVID-19. We count from the day symptoms ended (more cautious than from
  // diagnosis), so a procedure exactly 7 weeks later is clear.
  RECENT_COVID: QUESTION_WINDOW_DAYS.recentIllness,
} as const;

type Finding = { code: ScreeningReasonCode; detail: string; advice: ReasonAdvice; suggestedDate?: ClinicDate };
type Context = { today: ClinicDate; procedureDay: ClinicDate };
type Rule = (answers: ScreeningAnswers, context: Context) => Finding[];

// Symptom names as they read inside a sentence to the patient.
const SYMPTOM_PHRASES: Record<Exclude<SymptomCode, "none">, string> = {
  cough: "a new or worse cough",
  sore_throat: "a sore throat",
  cold: "a runny or blocked nose or sneezing",
  fever: "a fever or chills",
  breathless: "shortness of breath or wheeze",
  smell_taste: "a loss or change of smell or taste",
  aches_tiredness: "flu-like aches or unusual tiredness",
};

const ILLNESS_PHRASES: Record<RecentIllnessKind, string> = {
  cold: "cold",
  chest_infection: "chest infection",
  flu: "flu",
  covid: "COVID-19",
};

const symptomsRule: Rule = ({ symptoms }, { today }) => {
  const phrases = symptoms.flatMap((code) => (code === "none" ? [] : [SYMPTOM_PHRASES[code]]));
  if (phrases.length === 0) return [];
  return [
    {
      code: "SYMPTOMS",
      detail: `You told us you have, or recently had, ${joinWithAnd(phrases)}.`,
      advice: "POSTPONE",
      suggestedDate: addClinicDays(today, CLEAR_AFTER_DAYS.SYMPTOMS),
    },
  ];
};

const feverRule: Rule = ({ temperatureC }, { today }) => {
  if (temperatureC === null || temperatureC < FEVER_THRESHOLD_C) return [];
  return [
    {
      code: "FEVER",
      detail: `Your temperature of ${temperatureC.toFixed(1)} °C is a fever (${FEVER_THRESHOLD_C.toFixed(1)} °C or higher).`,
      advice: "POSTPONE",
      suggestedDate: addClinicDays(today, CLEAR_AFTER_DAYS.SYMPTOMS),
    },
  ];
};

const positiveTestRule: Rule = ({ positiveTest, positiveTestDate }, { today }) => {
  if (positiveTest !== "yes" || positiveTestDate === undefined) return [];
  // A date after today cannot be right; treat it as recent rather than miss it.
  if (clinicDaysBetween(positiveTestDate, today) >= CLEAR_AFTER_DAYS.POSITIVE_TEST) return [];
  return [
    {
      code: "POSITIVE_TEST",
      detail:
        `You had a positive COVID-19 or flu test on ${formatClinicDay(positiveTestDate)}. ` +
        "It is best to postpone your procedure. Our team will review your booking and contact you about a new date.",
      advice: null,
      suggestedDate: addClinicDays(positiveTestDate, CLEAR_AFTER_DAYS.POSITIVE_TEST),
    },
  ];
};

const closeContactRule: Rule = ({ closeContact, closeContactDate }, { today }) => {
  if (closeContact !== "yes" || closeContactDate === undefined) return [];
  if (clinicDaysBetween(closeContactDate, today) >= CLEAR_AFTER_DAYS.CLOSE_CONTACT) return [];
  return [
    {
      code: "CLOSE_CONTACT",
      advice: null,
      detail:
        `You were in close contact with someone with COVID-19 or flu on ${formatClinicDay(closeContactDate)}. ` +
        "Our team will review your booking. Please do a rapid antigen test (RAT) before you come in, " +
        "and tell us straight away if you start to feel unwell.",
      suggestedDate: addClinicDays(closeContactDate, CLEAR_AFTER_DAYS.CLOSE_CONTACT),
    },
  ];
};

// Measured to the procedure's day, not to today: what matters clinically is
// how long the patient has been well when the procedure happens.
const recentIllnessRule: Rule = ({ recentIllness, recentIllnessKind, recentIllnessEndedOn }, { procedureDay }) => {
  if (recentIllness !== "yes" || recentIllnessKind === undefined || recentIllnessEndedOn === undefined) return [];
  const isCovid = recentIllnessKind === "covid";
  const clearAfter = isCovid ? CLEAR_AFTER_DAYS.RECENT_COVID : CLEAR_AFTER_DAYS.RECENT_RESPIRATORY_ILLNESS;
  if (clinicDaysBetween(recentIllnessEndedOn, procedureDay) >= clearAfter) return [];

  const suggestedDate = addClinicDays(recentIllnessEndedOn, clearAfter);
  const illness = ILLNESS_PHRASES[recentIllnessKind];
  const recovered = `Your ${illness} symptoms ended on ${formatClinicDay(recentIllnessEndedOn)}`;
  const advice = isCovid
    ? "Anaesthetists’ guidance in Australia and New Zealand (ANZCA) recommends waiting 7 weeks " +
      "after COVID-19 before a planned procedure"
    : "We recommend more than 2 weeks between getting over a cold, chest infection or flu and your procedure";
  return [
    {
      code: isCovid ? "RECENT_COVID" : "RECENT_RESPIRATORY_ILLNESS",
      advice: null,
      detail:
        `${recovered}. ${advice}, so our team will review your booking. ` +
        `The earliest date we suggest is ${formatClinicDay(suggestedDate)}.`,
      suggestedDate,
    },
  ];
};

const freeTextRule: Rule = ({ otherInfo }) => {
  const { matched, terms } = mentionsRespiratoryIllness(otherInfo);
  if (!matched) return [];
  return [
    {
      code: "FREE_TEXT_RESPIRATORY",
      advice: null,
      detail:
        `You mentioned ${terms.map((term) => `“${term}”`).join(", ")}, which may mean a respiratory illness. ` +
        "Our team will read your answers and contact you if it is best to postpone your procedure.",
    },
  ];
};

const RULES: readonly Rule[] = [
  symptomsRule,
  feverRule,
  positiveTestRule,
  closeContactRule,
  recentIllnessRule,
  freeTextRule,
];

/**
 * Decides whether a booking can go ahead on these answers. Pure: "now", the
 * procedure start and the clinic time zone are all parameters, and every day
 * count is in whole calendar days in the clinic's zone.
 */
export function assessScreening(
  answers: ScreeningAnswers,
  { now, procedureStartsAt, timeZone }: AssessScreeningOptions,
): ScreeningAssessment {
  const context: Context = {
    today: clinicDateOf(now, timeZone),
    procedureDay: clinicDateOf(procedureStartsAt, timeZone),
  };
  const findings = RULES.flatMap((rule) => rule(answers, context));
  if (findings.length === 0) return { outcome: "CLEAR", reasons: [] };

  const reasons = findings.map(({ code, detail, advice }) => ({ code, message: reasonMessage(detail, advice), detail, advice }));
  // The latest suggestion, so that the new date satisfies every rule at once.
  const earliestSuggestedDate = findings
    .map((finding) => finding.suggestedDate)
    .filter((day): day is ClinicDate => day !== undefined)
    .sort()
    .at(-1);
  return earliestSuggestedDate === undefined
    ? { outcome: "FLAGGED", reasons }
    : { outcome: "FLAGGED", reasons, earliestSuggestedDate };
}

function joinWithAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
