import type { Questionnaire as FhirQuestionnaire, QuestionnaireItem } from "@medplum/fhirtypes";
import type { Option, Questionnaire } from "@/lib/screening/questionnaire";
import { answerSystem, QUESTIONNAIRE_URL_BASE } from "./code-systems";

// Our screening questionnaire, as written in lib/screening/questionnaire.ts,
// in FHIR form. Every question id is its linkId, so stored answers map onto
// it one to one; follow-up questions are siblings shown with enableWhen.

export const questionnaireUrl = (q: Pick<Questionnaire, "id">) => `${QUESTIONNAIRE_URL_BASE}:${q.id}`;
export const questionnaireResourceId = (q: Pick<Questionnaire, "id" | "version">) => `${q.id}-${q.version}`;

const coding = (questionId: string, option: Option) => ({
  system: answerSystem(questionId),
  code: option.value,
  display: option.label,
});

function items(q: Questionnaire): QuestionnaireItem[] {
  return q.questions.flatMap((question): QuestionnaireItem[] => {
    const prefix = String(question.number);
    switch (question.kind) {
      case "multi-choice":
        return [{
          linkId: question.id, prefix, text: question.label, type: "choice", required: true, repeats: true,
          answerOption: question.options.map((o) => ({ valueCoding: coding(question.id, o) })),
        }];
      case "number":
        return [{ linkId: question.id, prefix, text: `${question.label} (${question.unit}, ${question.min}–${question.max})`, type: "decimal", required: false }];
      case "text":
        return [{ linkId: question.id, prefix, text: question.label, type: "text", required: false, maxLength: question.maxLength }];
      case "declaration":
        return [{ linkId: question.id, prefix, text: question.label, type: "boolean", required: true }];
      case "yes-no":
        return [
          { linkId: question.id, prefix, text: question.label, type: "boolean", required: true },
          ...question.followUps.map((f): QuestionnaireItem => ({
            linkId: f.id,
            text: f.label,
            required: true,
            enableWhen: [{ question: question.id, operator: "=", answerBoolean: f.showWhen === "yes" }],
            ...(f.kind === "date"
              ? { type: "date" as const }
              : { type: "choice" as const, answerOption: f.options.map((o) => ({ valueCoding: coding(f.id, o) })) }),
          })),
        ];
    }
  });
}

export function toQuestionnaire(q: Questionnaire, current: boolean): FhirQuestionnaire {
  return {
    resourceType: "Questionnaire",
    id: questionnaireResourceId(q),
    url: questionnaireUrl(q),
    version: String(q.version),
    name: "RespiratoryScreening",
    title: q.title,
    status: current ? "active" : "retired",
    subjectType: ["Patient"],
    description: q.intro,
    item: items(q),
  };
}
