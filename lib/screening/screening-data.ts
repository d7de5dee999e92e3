import "server-only";
import type { Prisma } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { applyTransition } from "@/lib/booking/apply-transition";
import type { BookingClinic } from "@/lib/booking/booking-data";
import type { BookingStatus } from "@/lib/booking/lifecycle";
import type { ScreeningAnswers } from "./answers-schema";
import { assessScreening, type ScreeningAssessment, type ScreeningReason } from "./assess-screening";
import { checkInOpensHoursFrom } from "./check-in-window";
import { describeAnswers, type DescribedAnswer } from "./describe-answers";

// The screening's data layer: stores answer sets and reads them back. Answer
// sets are appended, never overwritten (DESIGN.md, decision 005): staff must
// see what the patient said at booking and at check-in, and records are kept.

type Tx = Prisma.TransactionClient;

export type ScreeningKind = "BOOKING" | "PRE_PROCEDURE";

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
};

export type RecordedScreening = ScreeningAssessment & { responseId: string };

/**
 * Appends one ScreeningResponse and returns its assessment. Run it inside the
 * transaction of the change it belongs to (a new booking, or a check-in), so
 * the answers, the booking's status and the audit row commit together.
 *
 * At booking time the caller has already created the booking with the status
 * the assessment gives. At check-in a flag moves a CONFIRMED booking back to
 * FLAGGED through the booking lifecycle; a clear check-in changes nothing (a
 * FLAGGED booking stays flagged until staff decide).
 */
export async function recordScreening(tx: Tx, input: RecordScreeningInput): Promise<RecordedScreening> {
  const { booking, kind, answers, submittedById, now, timeZone } = input;
  const assessment = assessScreening(answers, { now, procedureStartsAt: booking.startsAt, timeZone });

  const response = await tx.screeningResponse.create({
    data: {
      bookingId: booking.id,
      kind,
      questionnaireVersion: answers.version,
      answers: JSON.stringify(answers),
      outcome: assessment.outcome,
      reasons: JSON.stringify(assessment.reasons),
      earliestSuggestedDate: assessment.earliestSuggestedDate ?? null,
      submittedById,
      submittedAt: now,
      assessedForStart: booking.startsAt,
    },
    select: { id: true },
  });

  // Identifiers and the outcome only: the answers and reasons are health data.
  await recordAudit(tx, {
    actorId: submittedById,
    action: "screening.submitted",
    entityType: "Booking",
    entityId: booking.id,
    details: { responseId: response.id, kind, questionnaireVersion: answers.version, outcome: assessment.outcome },
  });

  if (kind === "PRE_PROCEDURE" && assessment.outcome === "FLAGGED" && booking.status === "CONFIRMED") {
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

  return { ...assessment, responseId: response.id };
}

/** The outcome of a stored response, without the answers (safe for any page that shows the result). */
export type StoredOutcome = {
  id: string;
  kind: ScreeningKind;
  questionnaireVersion: number;
  outcome: "CLEAR" | "FLAGGED";
  reasons: ScreeningReason[];
  earliestSuggestedDate: string | null;
  submittedAt: Date;
  /** The procedure start these answers were assessed against (null only for rows older than the column). */
  assessedForStart: Date | null;
  /** Set on a re-assessment after a move: the row whose answers were read again. */
  reassessedFromId: string | null;
  /** When the patient gave these answers: submittedAt, or the original row's for a re-assessment. */
  answeredAt: Date;
};

const outcomeSelect = {
  id: true,
  kind: true,
  questionnaireVersion: true,
  outcome: true,
  reasons: true,
  earliestSuggestedDate: true,
  submittedAt: true,
  assessedForStart: true,
  reassessedFromId: true,
} as const satisfies Prisma.ScreeningResponseSelect;

type Db = Pick<Tx, "screeningResponse">;

/** Every response's outcome for a booking, oldest first. No answers are read. */
export async function listScreeningOutcomes(client: Db, bookingId: string): Promise<StoredOutcome[]> {
  const rows = await client.screeningResponse.findMany({
    where: { bookingId },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: outcomeSelect,
  });
  const submitted = new Map(rows.map((row) => [row.id, row.submittedAt]));
  return rows.map((row) => ({
    ...row,
    reasons: parseStoredReasons(row.reasons),
    answeredAt: (row.reassessedFromId ? submitted.get(row.reassessedFromId) : undefined) ?? row.submittedAt,
  }));
}

/** The latest response's outcome for a booking, or null. */
export async function latestScreeningOutcome(client: Db, bookingId: string): Promise<StoredOutcome | null> {
  const rows = await listScreeningOutcomes(client, bookingId);
  return rows.at(-1) ?? null;
}

/**
 * A stored answer set in the words of the questionnaire version it was
 * answered against. For the patient's own page; staff reads go through the
 * staff layer, which audits each view.
 */
export function describeStoredAnswers(row: { answers: string; questionnaireVersion: number }): DescribedAnswer[] {
  return describeAnswers(parseJson(row.answers) ?? {}, row.questionnaireVersion);
}

function parseStoredReasons(text: string): ScreeningReason[] {
  const value = parseJson(text);
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is ScreeningReason =>
      typeof item === "object" && item !== null && typeof item.code === "string" && typeof item.message === "string",
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

let opensHours: number | undefined;

/** CHECK_IN_OPENS_HOURS for the app, read once per process. */
export function checkInOpensHours(): number {
  opensHours ??= checkInOpensHoursFrom(process.env);
  return opensHours;
}
