import "server-only";
import type { Prisma } from "@prisma/client";

import { checkInOpensHoursFrom } from "./check-in-window";
import { describeAnswers, type DescribedAnswer } from "./describe-answers";
import { parseStoredAnswers, parseStoredReasons, type StoredReason } from "./stored-response";

// The screening's read-only data layer: stored answer sets' outcomes, read
// back without the answers. Answer sets are written by
// lib/booking/record-screening.ts, appended and never overwritten (DESIGN.md,
// decision 005).

type Tx = Prisma.TransactionClient;

export type ScreeningKind = "BOOKING" | "PRE_PROCEDURE";

/** The outcome of a stored response, without the answers (safe for any page that shows the result). */
export type StoredOutcome = {
  id: string;
  kind: ScreeningKind;
  questionnaireVersion: number;
  outcome: "CLEAR" | "FLAGGED";
  reasons: StoredReason[];
  earliestSuggestedDate: string | null;
  submittedAt: Date;
  /** The procedure start these answers were assessed against (null only for rows older than the column). */
  assessedForStart: Date | null;
  /** Set on a re-assessment after a move: the row whose answers were read again. */
  reassessedFromId: string | null;
  /** When the patient gave these answers: submittedAt, or the original row's for a re-assessment. */
  answeredAt: Date;
};

/** The columns of a stored outcome (no answers); readers that need the answers add them. */
export const outcomeSelect = {
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
  return describeAnswers(parseStoredAnswers(row.answers), row.questionnaireVersion);
}

let opensHours: number | undefined;

/** CHECK_IN_OPENS_HOURS for the app, read once per process. */
export function checkInOpensHours(): number {
  opensHours ??= checkInOpensHoursFrom(process.env);
  return opensHours;
}
