import { assessScreening } from "@/lib/screening/assess-screening";
import { wellAnswers } from "@/lib/screening/well-answers";
import type { ScreeningAnswers } from "@/lib/screening/answers-schema";
import { pick, type Random } from "./random";

const CLEAR_ANSWERS: ScreeningAnswers = wellAnswers();

// The answers that most often flag a booking: respiratory symptoms, a fever.
const FLAGGED_ANSWERS: ScreeningAnswers[] = [
  { ...CLEAR_ANSWERS, symptoms: ["cough"] },
  { ...CLEAR_ANSWERS, symptoms: ["cold"] },
  { ...CLEAR_ANSWERS, symptoms: ["sore_throat", "cough"] },
  { ...CLEAR_ANSWERS, symptoms: ["fever", "aches_tiredness"], temperatureC: 38.2 },
  { ...CLEAR_ANSWERS, symptoms: ["cold"], otherInfo: "Bit of a sniffle since the weekend" },
];

const CLEAR_JSON = JSON.stringify(CLEAR_ANSWERS);
const FLAGGED_JSON = FLAGGED_ANSWERS.map((answers) => JSON.stringify(answers));

export type ScreeningColumns = {
  answers: string;
  outcome: "CLEAR" | "FLAGGED";
  reasons: string;
  earliestSuggestedDate: string | null;
};

/**
 * A booking-time screening consistent with the booking's status. Flagged
 * reasons come from the app's own `assessScreening`, so their codes and
 * messages are exactly what a real submission would have stored.
 */
export function screeningFor(flagged: boolean, submittedAt: Date, startsAt: Date, timeZone: string, random: Random): ScreeningColumns {
  if (!flagged) return { answers: CLEAR_JSON, outcome: "CLEAR", reasons: "[]", earliestSuggestedDate: null };
  const index = Math.floor(random() * FLAGGED_ANSWERS.length);
  const answers = FLAGGED_ANSWERS[index] ?? pick(random, FLAGGED_ANSWERS);
  const assessment = assessScreening(answers, { now: submittedAt, procedureStartsAt: startsAt, timeZone });
  return {
    answers: FLAGGED_JSON[index] ?? JSON.stringify(answers),
    outcome: assessment.outcome,
    reasons: JSON.stringify(assessment.reasons),
    earliestSuggestedDate: assessment.earliestSuggestedDate ?? null,
  };
}
