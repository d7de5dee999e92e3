// Identifier and code systems. NHI is New Zealand's national one; the rest
// are this application's own, named under one URN namespace so they never
// pretend to be resolvable web addresses (docs/decisions/016).

export const NHI_SYSTEM = "https://standards.digital.health.nz/ns/nhi-id";

const OWN = "urn:clinic-booking";
export const BOOKING_REFERENCE_SYSTEM = `${OWN}:booking-reference`;
export const BOOKING_STATUS_SYSTEM = `${OWN}:booking-status`;
export const SCREENING_KIND_SYSTEM = `${OWN}:screening-kind`;
export const SCREENING_REASON_SYSTEM = `${OWN}:screening-reason`;
export const REVIEW_DECISION_SYSTEM = `${OWN}:review-decision`;
export const TASK_CODE_SYSTEM = `${OWN}:task`;
export const TASK_INPUT_SYSTEM = `${OWN}:task-input`;
export const QUESTIONNAIRE_URL_BASE = `${OWN}:questionnaire`;
/** Answer codes of one question: `${ANSWER_SYSTEM_BASE}:<question id>`. */
export const ANSWER_SYSTEM_BASE = `${OWN}:answer`;
/** QuestionnaireResponse → the Appointment it was answered for (R4 has no core element for it). */
export const APPOINTMENT_EXTENSION_URL = `${OWN}:extension:questionnaireresponse-appointment`;

export const answerSystem = (questionId: string) => `${ANSWER_SYSTEM_BASE}:${questionId}`;
