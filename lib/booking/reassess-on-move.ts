import "server-only";
import type { Prisma } from "@prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { screeningAnswersSchema } from "@/lib/screening/answers-schema";
import { outcomeSelect } from "@/lib/screening/screening-data";
import { dismissalsOf } from "@/lib/screening/standing-reasons";
import { parseStoredAnswers, parseStoredReasons } from "@/lib/screening/stored-response";
import { reassessForNewStart, statusAfterMove, type StatusAfterMove } from "@/lib/screening/reassess-for-new-start";
import { applyTransition } from "./apply-transition";
import type { BookingClinic } from "./booking-data";
import type { BookingStatus } from "./lifecycle";

// After a booking moves, its health answers are read again for the new start
// (the rules measured to the procedure day may now say otherwise). Runs in
// the reschedule's transaction: the new response row, the audit event and
// any status change commit with the move or not at all.

export type ReassessOnMoveInput = {
  booking: { id: string; status: BookingStatus; startsAt: Date };
  newStart: Date;
  actorId: string;
  now: Date;
  clinic: BookingClinic;
};

/**
 * Appends a re-assessment of the booking's latest answers for `newStart`
 * (same answers and kind, `assessedForStart` = the new start,
 * `reassessedFromId` = the row first answered), and moves the status where
 * the outcome for the new date says so (see statusAfterMove). A booking
 * without answers, or with answers that no longer parse, is left as it is.
 * Returns the status it moved the booking to, or null. It sends no email of
 * its own: the caller's "moved" email says what changed.
 */
export async function reassessOnMove(
  tx: Prisma.TransactionClient,
  input: ReassessOnMoveInput,
): Promise<StatusAfterMove> {
  const rows = await tx.screeningResponse.findMany({
    where: { bookingId: input.booking.id },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { ...outcomeSelect, answers: true, submittedById: true, dismissals: { select: { code: true } } },
  });
  if (rows.length === 0) return null;
  const submitted = new Map(rows.map((row) => [row.id, row.submittedAt]));

  const sets = rows.flatMap((row) => {
    const parsed = screeningAnswersSchema.safeParse(parseStoredAnswers(row.answers));
    if (!parsed.success) return [];
    const originId = row.reassessedFromId ?? row.id;
    const dismissedCodes = dismissalsOf(row, rows).map((d) => d.code);
    const answeredAt = submitted.get(originId) ?? row.submittedAt;
    const before = { outcome: row.outcome, reasons: parseStoredReasons(row.reasons) };
    const after = reassessForNewStart({ answers: parsed.data, answeredAt }, input.newStart, input.clinic.timeZone);
    return [{ row, originId, before, after, dismissedCodes }];
  });
  const latest = sets.at(-1);
  if (!latest || latest.row.id !== rows.at(-1)!.id) return null;

  const response = await tx.screeningResponse.create({
    data: {
      bookingId: input.booking.id,
      kind: latest.row.kind,
      questionnaireVersion: latest.row.questionnaireVersion,
      answers: latest.row.answers,
      outcome: latest.after.outcome,
      reasons: JSON.stringify(latest.after.reasons),
      earliestSuggestedDate: latest.after.earliestSuggestedDate ?? null,
      // The answers are still the patient's; who moved the booking is in the audit.
      submittedById: latest.row.submittedById,
      submittedAt: input.now,
      assessedForStart: input.newStart,
      reassessedFromId: latest.originId,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: input.actorId,
    action: "screening.reassessed",
    entityType: "Booking",
    entityId: input.booking.id,
    // Identifiers and outcomes only.
    details: {
      responseId: response.id,
      fromResponseId: latest.row.id,
      fromOutcome: latest.before.outcome,
      outcome: latest.after.outcome,
      assessedForStart: input.newStart.toISOString(),
    },
  });

  const to = statusAfterMove(input.booking.status, sets);
  if (!to) return null;
  await applyTransition({
    bookingId: input.booking.id,
    to,
    actor: { kind: "SYSTEM", userId: input.actorId },
    now: input.now,
    reason: to === "FLAGGED" ? "Health answers re-read for the new date: review needed" : "Health answers re-read for the new date: no reason remains",
    tx,
    clinic: input.clinic,
    emailPatient: false,
  });
  return to;
}
