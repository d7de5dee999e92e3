import "server-only";
import type { Prisma } from "@prisma/client";
import { recordAudit, type AuditInput } from "@/lib/audit/record-audit";
import { insertRows, newRowId } from "@/lib/db/raw-insert";
import { sqlTime } from "@/lib/db/sql-time";
import type { SqlTarget } from "@/lib/db/sql-transaction";
import type { ScreeningAnswers } from "@/lib/screening/answers-schema";
import { assessScreening, type ScreeningAssessment } from "@/lib/screening/assess-screening";
import type { ScreeningKind } from "@/lib/screening/screening-data";
import { applyTransition } from "./apply-transition";
import type { BookingClinic } from "./booking-data";
import type { BookingStatus } from "./lifecycle";

// Stores one answer set with the booking change it belongs to. Answer sets are
// appended, never overwritten (DESIGN.md, decision 005): staff must see what
// the patient said at booking and at check-in, and records are kept. It lives
// with booking because a flagged check-in moves the booking through the
// booking lifecycle; the rules it applies are lib/screening's.

type Tx = Prisma.TransactionClient;

export type RecordScreeningInput = {
  booking: { id: string; status: BookingStatus; startsAt: Date };
  kind: ScreeningKind;
  /** Already validated with validateScreeningAnswers. */
  answers: ScreeningAnswers;
  submittedById: string;
  now: Date;
  timeZone: string;
  /** Clinic details for the email a move to FLAGGED sends; read by applyTransition when omitted. */
  clinic?: BookingClinic;
  /** Given, the audit row goes to it (the caller writes it with its own) instead of being written here. */
  audit?: (row: AuditInput) => void;
};

export type RecordedScreening = ScreeningAssessment & { responseId: string };

/**
 * Appends one ScreeningResponse and returns its assessment. Run it inside the
 * transaction of the change it belongs to (a check-in), so the answers, the
 * booking's status and the audit row commit together.
 *
 * At check-in a flag moves a CONFIRMED booking back to FLAGGED through the
 * booking lifecycle; a clear check-in changes nothing (a FLAGGED booking stays
 * flagged until staff decide). A new booking writes its answers with
 * writeScreeningResponse, having created the booking in the status the
 * assessment gives.
 */
export async function recordScreening(tx: Tx, input: RecordScreeningInput): Promise<RecordedScreening> {
  const recorded = await writeScreeningResponse(tx, input);
  const { booking, kind, submittedById, now } = input;
  if (kind === "PRE_PROCEDURE" && recorded.outcome === "FLAGGED" && booking.status === "CONFIRMED") {
    await applyTransition({
      bookingId: booking.id,
      to: "FLAGGED",
      // The rules flag it; the patient who answered is recorded as the one who set it off.
      actor: { kind: "SYSTEM", userId: submittedById },
      now,
      reason: "Pre-procedure check-in flagged for review",
      tx,
      // When omitted, applyTransition reads it through `tx` (readClinic): a read
      // through `db` would wait for this very transaction to end.
      clinic: input.clinic,
    });
  }
  return recorded;
}

/**
 * The answer set's own rows: the ScreeningResponse and its audit event, and
 * its assessment; the booking's status is the caller's to set (a new booking
 * is created in the status the assessment gives).
 */
export async function writeScreeningResponse(
  tx: SqlTarget,
  input: Omit<RecordScreeningInput, "clinic">,
): Promise<RecordedScreening> {
  const { booking, kind, answers, submittedById, now, timeZone } = input;
  const assessment = assessScreening(answers, { now, procedureStartsAt: booking.startsAt, timeZone });

  // Plain SQL (lib/db/raw-insert.ts): the row Prisma's create wrote, without its query compiling.
  const response = { id: newRowId() };
  await insertRows(
    tx,
    "ScreeningResponse",
    ["id", "bookingId", "kind", "questionnaireVersion", "answers", "outcome", "reasons", "earliestSuggestedDate", "submittedById", "submittedAt", "assessedForStart"],
    [
      [
        response.id,
        booking.id,
        kind,
        answers.version,
        JSON.stringify(answers),
        assessment.outcome,
        JSON.stringify(assessment.reasons),
        assessment.earliestSuggestedDate ?? null,
        submittedById,
        sqlTime(now),
        sqlTime(booking.startsAt),
      ],
    ],
    { batch: true },
  );

  // Identifiers and the outcome only: the answers and reasons are health data.
  const auditRow: AuditInput = {
    actorId: submittedById,
    action: "screening.submitted",
    entityType: "Booking",
    entityId: booking.id,
    details: { responseId: response.id, kind, questionnaireVersion: answers.version, outcome: assessment.outcome },
  };
  if (input.audit) input.audit(auditRow);
  else await recordAudit(tx, auditRow);
  return { ...assessment, responseId: response.id };
}

