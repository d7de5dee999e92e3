import * as z from "zod";
import { formatClinicDate, formatClinicTime } from "@/lib/availability/clinic-display";
import { clinicDateOf } from "@/lib/availability/clinic-time";

export const REVIEW_DECISIONS = ["CLEAR_TO_PROCEED", "POSTPONE", "CANCEL"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const NOTE_MAX_LENGTH = 2000;
export const PATIENT_MESSAGE_MAX_LENGTH = 1000;

/**
 * A staff decision on a booking, shared by the review page's form and
 * `POST /api/staff/bookings/{id}/decision`. Clearing a flagged booking needs
 * a note: it overrides the screening, so the record must say why.
 */
export const decisionSchema = z
  .object({
    decision: z.enum(REVIEW_DECISIONS, { error: "Choose clear to proceed, postpone or cancel" }),
    note: z
      .string({ error: "Write the note as text" })
      .trim()
      .max(NOTE_MAX_LENGTH, { error: `Keep the note to ${NOTE_MAX_LENGTH} characters` })
      .default(""),
    // Sent to the patient with a postponement or cancellation; never the note,
    // which may hold clinical reasoning that email is not private enough for.
    patientMessage: z
      .string({ error: "Write the message as text" })
      .trim()
      .max(PATIENT_MESSAGE_MAX_LENGTH, { error: `Keep the message to ${PATIENT_MESSAGE_MAX_LENGTH} characters` })
      .default(""),
    expectedVersion: z.coerce
      .number({ error: "Reload the page and try again" })
      .int({ error: "Reload the page and try again" })
      .min(1, { error: "Reload the page and try again" }),
  })
  .check((ctx) => {
    if (ctx.value.decision === "CLEAR_TO_PROCEED" && ctx.value.note === "") {
      ctx.issues.push({
        code: "custom",
        input: ctx.value.note,
        path: ["note"],
        message: "Write a note saying why this booking can go ahead",
      });
    }
  });

export type DecisionInput = z.infer<typeof decisionSchema>;

/** The status each decision moves the booking to. */
export const DECISION_STATUS = {
  CLEAR_TO_PROCEED: "CONFIRMED",
  POSTPONE: "POSTPONED",
  CANCEL: "CANCELLED",
} as const satisfies Record<ReviewDecision, string>;

const DECISION_PHRASES: Record<ReviewDecision, string> = {
  CLEAR_TO_PROCEED: "cleared this booking to proceed",
  POSTPONE: "postponed this booking",
  CANCEL: "cancelled this booking",
};

export function describeDecision(decision: ReviewDecision): string {
  return DECISION_PHRASES[decision];
}

/**
 * "at 10:42 am", or "at 10:42 am on Monday 7 December 2026" when it was not
 * today on the clinic's calendar: when a racing colleague decided, for the
 * ALREADY_DECIDED message ("Sam Patel already cleared this booking to proceed
 * at 10:42 am.").
 */
export function decidedWhen(decidedAt: Date, now: Date, timeZone: string): string {
  const time = formatClinicTime(decidedAt, timeZone);
  const sameDay = clinicDateOf(decidedAt, timeZone) === clinicDateOf(now, timeZone);
  return sameDay ? `at ${time}` : `at ${time} on ${formatClinicDate(decidedAt, timeZone)}`;
}
