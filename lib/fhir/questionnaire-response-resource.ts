import type { QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from "@medplum/fhirtypes";
import type { Questionnaire } from "@/lib/screening/questionnaire";
import { answerSystem, APPOINTMENT_EXTENSION_URL, SCREENING_KIND_SYSTEM } from "./code-systems";
import { questionnaireUrl } from "./questionnaire-resource";

export type ScreeningRow = {
  id: string;
  kind: "BOOKING" | "PRE_PROCEDURE";
  submittedAt: Date;
  submittedById: string;
  bookingId: string;
  patientId: string;
  /** Parsed ScreeningResponse.answers: field id → stored value. */
  answers: Record<string, unknown>;
};

function optionLabel(q: Questionnaire, fieldId: string, value: string): string | undefined {
  for (const question of q.questions) {
    if (question.id === fieldId && "options" in question) return question.options.find((o) => o.value === value)?.label;
    if (question.kind === "yes-no") {
      for (const f of question.followUps) {
        if (f.id === fieldId && f.kind === "single-choice") return f.options.find((o) => o.value === value)?.label;
      }
    }
  }
  return undefined;
}

function answerFor(q: Questionnaire, fieldId: string, kind: string, value: unknown): QuestionnaireResponseItemAnswer[] {
  const code = (v: string) => ({ valueCoding: { system: answerSystem(fieldId), code: v, display: optionLabel(q, fieldId, v) ?? v } });
  switch (kind) {
    case "multi-choice":
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string").map(code) : [];
    case "single-choice":
      return typeof value === "string" ? [code(value)] : [];
    case "number":
      return typeof value === "number" ? [{ valueDecimal: value }] : [];
    case "text":
      return typeof value === "string" && value.trim() ? [{ valueString: value }] : [];
    case "declaration":
      return typeof value === "boolean" ? [{ valueBoolean: value }] : [];
    case "yes-no":
      return value === "yes" || value === "no" ? [{ valueBoolean: value === "yes" }] : [];
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? [{ valueDate: value }] : [];
    default:
      return [];
  }
}

/**
 * One screening submission. R4 QuestionnaireResponse has no element that
 * points at an Appointment (basedOn is CarePlan/ServiceRequest, encounter is
 * an Encounter we do not have), so the link is an extension with a
 * Reference(Appointment) (docs/decisions/016).
 */
export function toQuestionnaireResponse(row: ScreeningRow, q: Questionnaire): QuestionnaireResponse {
  const item: QuestionnaireResponseItem[] = [];
  const push = (linkId: string, text: string, kind: string) => {
    const answer = answerFor(q, linkId, kind, row.answers[linkId]);
    if (answer.length) item.push({ linkId, text, answer });
  };
  for (const question of q.questions) {
    push(question.id, question.label, question.kind);
    if (question.kind === "yes-no") for (const f of question.followUps) push(f.id, f.label, f.kind);
  }
  const patient = { reference: `Patient/${row.patientId}` };
  return {
    resourceType: "QuestionnaireResponse",
    id: row.id,
    meta: { tag: [{ system: SCREENING_KIND_SYSTEM, code: row.kind === "BOOKING" ? "booking" : "pre-procedure" }] },
    extension: [{ url: APPOINTMENT_EXTENSION_URL, valueReference: { reference: `Appointment/${row.bookingId}` } }],
    questionnaire: `${questionnaireUrl(q)}|${q.version}`,
    status: "completed",
    subject: patient,
    authored: row.submittedAt.toISOString(),
    // Staff can enter answers on a patient's behalf; then the author is not named here.
    ...(row.submittedById === row.patientId ? { author: patient, source: patient } : {}),
    item,
  };
}
