import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { enqueueEmail } from "@/lib/notifications/outbox";
import { getClinic } from "@/lib/clinic/clinic-data";
import { env } from "@/lib/env";
import { applyTransition } from "@/lib/booking/apply-transition";
import { BookingError, StaleBookingError } from "@/lib/booking/booking-errors";
import { latestSuggestedDate } from "./booking-review";
import { cancellationMessageEmail, rebookInvitationEmail } from "./decision-messages";
import { alreadyDecidedMessage, DECISION_STATUS, type DecisionInput, type ReviewDecision } from "./decision-schema";

export type DecisionResult =
  | { ok: true; status: string; version: number; reviewId: string }
  | {
      ok: false;
      /** HTTP status for the API: 404 unknown booking, 409 someone else decided / it changed, 422 not allowed now. */
      status: number;
      code: string;
      message: string;
      /** Set when another reviewer's decision won the race. */
      decidedBy?: { reviewerName: string; decision: ReviewDecision; decidedAt: Date };
    };

/**
 * Records a staff decision on a booking: the status change (through the
 * booking lifecycle, which also writes BookingChange, an AuditEvent, the
 * patient's status email and bumps the version), the Review row, a
 * "booking.reviewed" audit event and any extra email — all in one transaction.
 * `expectedVersion` is the version the reviewer read: if anyone changed the
 * booking since, nothing is written and the answer names who decided first.
 */
export async function decideBooking(
  bookingId: string,
  reviewer: { id: string },
  input: DecisionInput,
  now: Date,
): Promise<DecisionResult> {
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
          const responses = await tx.screeningResponse.findMany({
            where: { bookingId },
            orderBy: { submittedAt: "asc" },
            select: { earliestSuggestedDate: true },
          });
          const message = rebookInvitationEmail({
            booking: emailBooking,
            clinic,
            siteUrl: env().nextAuthUrl,
            suggestedDate: latestSuggestedDate(responses),
            patientMessage: input.patientMessage,
          });
          await enqueueEmail(tx, { to: booking.patient.email, ...message, bookingId });
        } else if (input.decision === "CANCEL" && input.patientMessage) {
          const message = cancellationMessageEmail({ booking: emailBooking, clinic, patientMessage: input.patientMessage });
          await enqueueEmail(tx, { to: booking.patient.email, ...message, bookingId });
        }
      },
    });
    return { ok: true, status: updated.status, version: updated.version, reviewId };
  } catch (error) {
    if (error instanceof StaleBookingError) return conflict(bookingId, now, clinic.timeZone, error);
    if (error instanceof BookingError) {
      // NOT_ALLOWED means the status already moved on (e.g. decided earlier): say by whom if we know.
      if (error.code === "NOT_ALLOWED") return conflict(bookingId, now, clinic.timeZone, error);
      return { ok: false, status: error.status, code: error.code, message: error.message };
    }
    throw error;
  }
}

async function conflict(bookingId: string, now: Date, timeZone: string, error: BookingError): Promise<DecisionResult> {
  const latest = await db.review.findFirst({
    where: { bookingId },
    orderBy: { createdAt: "desc" },
    select: { decision: true, createdAt: true, reviewer: { select: { name: true, email: true } } },
  });
  if (!latest) return { ok: false, status: 409, code: "BOOKING_CHANGED", message: error.message };
  const decidedBy = {
    reviewerName: latest.reviewer.name ?? latest.reviewer.email,
    decision: latest.decision,
    decidedAt: latest.createdAt,
  };
  return {
    ok: false,
    status: 409,
    code: "ALREADY_DECIDED",
    message: `${alreadyDecidedMessage(decidedBy, now, timeZone)} Reload to see the booking as it is now.`,
    decidedBy,
  };
}
