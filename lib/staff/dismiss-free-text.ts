import "server-only";
import * as z from "zod";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseStoredReasons } from "@/lib/screening/stored-response";
import type { CurrentUser } from "@/lib/auth/roles";
import { isUniqueViolation } from "@/lib/booking/unique-violation";
import { DomainError } from "@/lib/errors/domain-error";
import { assertStaff } from "./assert-staff";

// A nurse marks a free-text flag "not respiratory" (e.g. "crook" meant a
// knee). It takes that one reason out of the review, with a note, audited.
// It does not decide the booking: other reasons still stand, and a flagged
// booking still needs a nurse's decision (decision 005).

export const DISMISS_NOTE_MAX_LENGTH = 500;

export const dismissFreeTextSchema = z.object({
  responseId: z.string().min(1).max(64),
  note: z
    .string()
    .trim()
    .min(1, "Write a note saying why the text is not about a respiratory illness.")
    .max(DISMISS_NOTE_MAX_LENGTH, `Keep the note to ${DISMISS_NOTE_MAX_LENGTH} characters or fewer.`),
});

/**
 * Marks one response's free-text reason not respiratory. Staff and admins
 * only; a DomainError (NOT_FOUND, REASON_NOT_DISMISSABLE) when the answers
 * are not this booking's, were not flagged for their text, or already are.
 */
export async function dismissFreeTextFlag(
  actor: CurrentUser,
  bookingId: string,
  input: z.output<typeof dismissFreeTextSchema>,
): Promise<void> {
  assertStaff(actor);
  const staffId = actor.id;
  const response = await db.screeningResponse.findFirst({
    where: { id: input.responseId, bookingId },
    select: { id: true, reassessedFromId: true, reasons: true, booking: { select: { reference: true } } },
  });
  if (!response) throw new DomainError("NOT_FOUND", { subject: "answers" });
  if (!parseStoredReasons(response.reasons).some((reason) => reason.code === "FREE_TEXT_RESPIRATORY")) {
    throw new DomainError("REASON_NOT_DISMISSABLE", { reason: "NOT_FLAGGED" });
  }
  // Kept on the answers first given, so every re-reading of them after a move carries it.
  const originId = response.reassessedFromId ?? response.id;
  try {
    await db.$transaction(async (tx) => {
      const dismissal = await tx.screeningReasonDismissal.create({
        data: { responseId: originId, code: "FREE_TEXT_RESPIRATORY", note: input.note, dismissedById: staffId },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: staffId,
        action: "screening.reason_dismissed",
        entityType: "Booking",
        entityId: bookingId,
        // Identifiers only: the note may hold health details.
        details: { reference: response.booking.reference, responseId: originId, code: "FREE_TEXT_RESPIRATORY", dismissalId: dismissal.id },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, "ScreeningReasonDismissal")) {
      throw new DomainError("REASON_NOT_DISMISSABLE", { reason: "ALREADY" });
    }
    throw error;
  }
}
