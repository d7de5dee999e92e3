// The stored values of questionnaire answers. They are persisted inside
// ScreeningResponse.answers, so never rename one: add a new questionnaire
// version instead.

export const SYMPTOM_CODES = [
  "cough",
  "sore_throat",
  "cold",
  "fever",
  "breathless",
  "smell_taste",
  "aches_tiredness",
  "none",
] as const;

export const NO_SYMPTOMS = "none" satisfies (typeof SYMPTOM_CODES)[number];

export const YES_NO = ["yes", "no"] as const;

export const RECENT_ILLNESS_KINDS = ["cold", "chest_infection", "flu", "covid"] as const;

export type SymptomCode = (typeof SYMPTOM_CODES)[number];
export type YesNo = (typeof YES_NO)[number];
export type RecentIllnessKind = (typeof RECENT_ILLNESS_KINDS)[number];

export const TEMPERATURE_MIN_C = 34;
export const TEMPERATURE_MAX_C = 43;
export const OTHER_INFO_MAX_LENGTH = 1000;

/**
 * How far back each dated question asks, in whole clinic days ("in the last
 * 10 days"). The question's label, the "too old" check on its date and the
 * rule that stops flagging it (CLEAR_AFTER_DAYS) all read this one number.
 */
export const QUESTION_WINDOW_DAYS = {
  symptoms: 14,
  positiveTest: 10,
  closeContact: 14,
  // ANZCA PG68(A): 7 weeks after COVID-19.
  recentIllness: 49,
} as const;

/** "10 days", "14 days", "7 weeks": a window as the questions say it. */
export function windowInWords(days: number): string {
  return days > 14 && days % 7 === 0 ? `${days / 7} weeks` : `${days} days`;
}
