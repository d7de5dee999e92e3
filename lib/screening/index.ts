// The screening domain: questionnaire definitions, the answer schema, and the
// pure rules that decide whether a booking is clear or flagged for review.
// No database or framework imports here, so the rules can be read and tested alone.

export {
  QUESTIONNAIRE_VERSION,
  questionnaireV1,
  getQuestionnaire,
  SYMPTOM_OPTIONS,
  RECENT_ILLNESS_OPTIONS,
  type Questionnaire,
  type Question,
  type FollowUp,
  type Option,
} from "./questionnaire";
export { describeAnswers, type DescribedAnswer } from "./describe-answers";
export {
  SYMPTOM_CODES,
  RECENT_ILLNESS_KINDS,
  TEMPERATURE_MIN_C,
  TEMPERATURE_MAX_C,
  OTHER_INFO_MAX_LENGTH,
} from "./answer-codes";
export {
  screeningAnswersSchema,
  type ScreeningAnswers,
  type SymptomCode,
  type RecentIllnessKind,
  type YesNo,
} from "./answers-schema";
export {
  validateScreeningAnswers,
  type ScreeningValidationResult,
  type ValidateScreeningOptions,
} from "./validate-screening-answers";
export { screeningAnswersFromFormData } from "./answers-from-form-data";
export {
  assessScreening,
  FEVER_THRESHOLD_C,
  CLEAR_AFTER_DAYS,
  type AssessScreeningOptions,
  type ScreeningAssessment,
  type ScreeningOutcome,
  type ScreeningReason,
  type ScreeningReasonCode,
} from "./assess-screening";
export { mentionsRespiratoryIllness, type RespiratoryMention, type MentionSpan } from "./free-text-respiratory";
export {
  reassessForNewStart,
  statusAfterMove,
  standingReasonCodes,
  type AnsweredSet,
  type StatusAfterMove,
} from "./reassess-for-new-start";
