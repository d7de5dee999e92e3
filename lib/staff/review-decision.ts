import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { enqueueEmail } from "@/lib/notifications/outbox";
import { getClinic } from "@/lib/clinic/clinic-data";
import { env } from "@/lib/env";
import type { CurrentUser } from "@/lib/auth/roles";
import { applyTransition } from "@/lib/booking/apply-transition";
import { emailPatient } from "@/lib/booking/booking-writes";
import { StaleBookingError } from "@/lib/booking/booking-errors";
import { suggestedDateFor } from "@/lib/booking/suggested-date";
import { DomainError } from "@/lib/errors/domain-error";
import { assertStaff } from "./assert-staff";
import { cancellationMessageEmail, rebookInvitationEmail } from "./decision-messages";
import { decidedWhen, DECISION_STATUS, describeDecision, type DecisionInput } from "./decision-schema";

export type DecisionResult = { ok: true; status: string; version: number; reviewId: string };

/**
 * Records a staff decision on a booking: the status change (through the
 * booking lifecycle, which also writes BookingChange, an AuditEvent, the
 * patient's status email and bumps the version), the Review row, a
 * "booking.reviewed" audit event and any extra email — all in one transaction.
 * `expectedVersion` is the version the reviewer read: if anyone changed the
 * booking since, nothing is written and the DomainError (ALREADY_DECIDED or
 * BOOKING_CHANGED) names who decided first. Staff and admins only.
 */
export async function decideBooking(
  reviewer: CurrentUser,
  bookingId: string,
  input: DecisionInput,
  now: Date,
): Promise<DecisionResult> {
  assertStaff(reviewer);
  const clinic = await getClinic();
  let reviewId = "";
  try {
    const updated = await applyTransition({
      bookingId,
      to: DECISION_STATUS[input.decision],
      actor: { kind: "STAFF", userId: reviewer.id },
      now,
      expectedVersion: input.expectedVersion,
      reason: `Staff review: ${input.decision.toLowerCase().replaceAll("_", " ")}`,
      clinic,
      // A postponement sends one email, the invitation to rebook below, with the
      // calendar cancellation attached; the lifecycle's own "postponed" email
      // would be a second message with a different instruction.
      emailPatient: input.decision !== "POSTPONE",
      withinTransaction: async (tx, booking) => {
        const review = await tx.review.create({
          data: { bookingId, reviewerId: reviewer.id, decision: input.decision, note: input.note, createdAt: now },
          select: { id: true },
        });
        reviewId = review.id;
        await recordAudit(tx, {
          actorId: reviewer.id,
          action: "booking.reviewed",
          entityType: "Booking",
          entityId: bookingId,
          // The note stays in the Review row: it may hold clinical reasoning.
          details: { reference: booking.reference, decision: input.decision, reviewId: review.id },
        });
        const emailBooking = {
          reference: booking.reference,
          procedureName: booking.procedure.name,
          procedureSlug: booking.procedure.slug,
        };
        if (input.decision === "POSTPONE") {
          const message = rebookInvitationEmail({
            booking: emailBooking,
            clinic,
            siteUrl: env().nextAuthUrl,
            // The same date the patient's rebook link on their booking page uses.
            suggestedDate: await suggestedDateFor({ id: bookingId }, tx),
            patientMessage: input.patientMessage,
          });
          await emailPatient(tx, booking, clinic, message, now, "cancelled");
        } else if (input.decision === "CANCEL" && input.patientMessage) {
          const message = cancellationMessageEmail({ booking: emailBooking, clinic, patientMessage: input.patientMessage });
          await enqueueEmail(tx, { to: booking.patient.email, ...message, bookingId });
        }
      },
    });
    return { ok: true, status: updated.status, version: updated.version, reviewId };
  } catch (error) {
    // NOT_ALLOWED means the status already moved on (e.g. decided earlier): say by whom if we know.
    if (error instanceof StaleBookingError || (error instanceof DomainError && error.code === "NOT_ALLOWED")) {
      throw await conflict(bookingId, now, clinic.timeZone);
    }
    throw error;
  }
}

async function conflict(bookingId: string, now: Date, timeZone: string): Promise<DomainError> {
  const latest = await db.review.findFirst({
    where: { bookingId },
    orderBy: { createdAt: "desc" },
    select: { decision: true, createdAt: true, reviewer: { select: { name: true, email: true } } },
  });
  if (!latest) return new StaleBookingError();
  return new DomainError("ALREADY_DECIDED", {
    reviewerName: latest.reviewer.name ?? latest.reviewer.email,
    decision: describeDecision(latest.decision),
    when: decidedWhen(latest.createdAt, now, timeZone),
  });
}
