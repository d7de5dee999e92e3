import { isClinicDate } from "@/lib/availability/clinic-date";
import { formatClinicDay } from "@/lib/availability/clinic-display";
import { getQuestionnaire, type FollowUp, type Option, type Question } from "./questionnaire";

export type DescribedAnswer = {
  /** The question or follow-up id, which is also the answer field's name. */
  id: string;
  label: string;
  answer: string;
};

const NOT_ANSWERED = "Not answered";

/**
 * A stored answer set as label/answer pairs in the words of the questionnaire
 * version it was answered against. Stored JSON is read defensively: an odd
 * value is shown as it is rather than hidden or thrown on, because staff
 * must see everything the patient told us.
 */
export function describeAnswers(answers: unknown, version: number): DescribedAnswer[] {
  const values: Record<string, unknown> = typeof answers === "object" && answers !== null ? { ...answers } : {};
  return getQuestionnaire(version).questions.flatMap((question) => describeQuestion(question, values));
}

function describeQuestion(question: Question, values: Record<string, unknown>): DescribedAnswer[] {
  const value = values[question.id];
  const pair = (answer: string): DescribedAnswer => ({ id: question.id, label: question.label, answer });
  switch (question.kind) {
    case "multi-choice":
      return [
        pair(
          Array.isArray(value) && value.length > 0
            ? value.map((v) => optionLabel(question.options, v)).join("; ")
            : NOT_ANSWERED,
        ),
      ];
    case "number":
      if (value === null || value === undefined) return [pair(question.blankAnswer)];
      return [pair(typeof value === "number" ? `${value.toFixed(1)} ${question.unit}` : String(value))];
    case "text":
      return [pair(typeof value === "string" && value.trim() !== "" ? value : question.blankAnswer)];
    case "declaration":
      return [pair(value === true ? "Confirmed" : "Not confirmed")];
    case "yes-no": {
      const followUps = question.followUps
        .filter((followUp) => value === followUp.showWhen)
        .map((followUp) => describeFollowUp(followUp, values[followUp.id]));
      return [pair(value === undefined ? NOT_ANSWERED : optionLabel(question.options, value)), ...followUps];
    }
  }
}

function describeFollowUp(followUp: FollowUp, value: unknown): DescribedAnswer {
  let answer: string;
  if (value === undefined || value === null || value === "") answer = NOT_ANSWERED;
  else if (followUp.kind === "date") answer = isClinicDate(value) ? formatClinicDay(value) : String(value);
  else answer = optionLabel(followUp.options, value);
  return { id: followUp.id, label: followUp.label, answer };
}

function optionLabel(options: readonly Option[], value: unknown): string {
  return options.find((option) => option.value === value)?.label ?? String(value);
}
