import type { Task } from "@medplum/fhirtypes";
import { REVIEW_DECISION_SYSTEM, SCREENING_REASON_SYSTEM, TASK_CODE_SYSTEM, TASK_INPUT_SYSTEM } from "./code-systems";

// A flagged booking's staff review as a Task: "requested" while the booking
// waits in the queue, "completed" once a decision is recorded. Reasons are
// codes with the queue's short labels — never the messages, which can quote
// the patient (docs/decisions/006).

export type ReviewTaskRow = {
  bookingId: string;
  patientId: string;
  status: string;
  updatedAt: Date;
  flaggedAt: Date;
  /** The screening response that flagged the booking, if one is stored. */
  flaggingResponseId: string | null;
  reasons: { code: string; label: string }[];
  latestReview: { decision: string; createdAt: Date } | null;
  ownerDisplay: string;
};

const DECISION_LABELS: Record<string, string> = {
  CLEAR_TO_PROCEED: "Clear to proceed",
  POSTPONE: "Postpone",
  CANCEL: "Cancel",
};

export function toReviewTask(row: ReviewTaskRow): Task {
  const awaiting = row.status === "FLAGGED";
  const decided = !awaiting && row.latestReview;
  // inv-1: never modified before it was authored (the flagging answers can be
  // stamped a moment after the booking row's last write).
  const lastModified = new Date(Math.max(row.updatedAt.getTime(), row.flaggedAt.getTime())).toISOString();
  return {
    resourceType: "Task",
    id: row.bookingId,
    meta: { lastUpdated: lastModified },
    status: awaiting ? "requested" : decided ? "completed" : "cancelled",
    businessStatus: { text: awaiting ? "Awaiting staff review" : decided ? "Reviewed" : "Closed without a review" },
    intent: "order",
    priority: "urgent",
    code: { coding: [{ system: TASK_CODE_SYSTEM, code: "review-flagged-booking", display: "Review a booking flagged by health screening" }] },
    description: "Decide whether the procedure goes ahead, is postponed, or is cancelled.",
    focus: { reference: `Appointment/${row.bookingId}` },
    for: { reference: `Patient/${row.patientId}` },
    authoredOn: row.flaggedAt.toISOString(),
    lastModified,
    // Reviews are done by the clinic's team, not a named practitioner.
    owner: { display: row.ownerDisplay },
    ...(row.reasons.length ? { reasonCode: { text: row.reasons.map((r) => r.label).join("; ") } } : {}),
    ...(row.flaggingResponseId ? { reasonReference: { reference: `QuestionnaireResponse/${row.flaggingResponseId}` } } : {}),
    input: row.reasons.map((r) => ({
      type: { coding: [{ system: TASK_INPUT_SYSTEM, code: "screening-reason", display: "Screening reason" }] },
      valueCodeableConcept: { coding: [{ system: SCREENING_REASON_SYSTEM, code: r.code, display: r.label }] },
    })),
    ...(decided && row.latestReview
      ? {
          output: [{
            type: { coding: [{ system: TASK_INPUT_SYSTEM, code: "review-decision", display: "Review decision" }] },
            valueCodeableConcept: {
              coding: [{ system: REVIEW_DECISION_SYSTEM, code: row.latestReview.decision, display: DECISION_LABELS[row.latestReview.decision] ?? row.latestReview.decision }],
            },
          }],
        }
      : {}),
  };
}
