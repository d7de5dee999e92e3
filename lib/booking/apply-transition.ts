import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { getClinic, readClinic } from "@/lib/clinic/clinic-data";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-soon";
import { TX_OPTIONS } from "./booking-checks";
import { bookingWorkSelect, type BookingClinic, type BookingWork } from "./booking-data";
import { BookingNotFoundError, StaleBookingError, TransitionRefusedError } from "./booking-errors";
import { statusChangeEmail } from "./booking-messages";
import { emailPatient, recordChange, releaseTime } from "./booking-writes";
import { transition, type BookingStatus, type LifecycleActor } from "./lifecycle";

export type ApplyTransitionInput = {
  bookingId: string;
  to: BookingStatus;
  actor: LifecycleActor;
  now: Date;
  /** Short reason for the history, e.g. "Cancelled online". Never health answers. */
  reason?: string;
  /** Refuse with StaleBookingError if the booking is no longer at this version (e.g. a staff page read earlier). */
  expectedVersion?: number;
  /** Extra writes that must commit or fail with the move (e.g. a staff Review row). */
  withinTransaction?: (tx: Prisma.TransactionClient, booking: BookingWork) => Promise<void>;
  /** Run inside the caller's open transaction instead of a new one (e.g. screening flagging a new booking). */
  tx?: Prisma.TransactionClient;
  /** Clinic details for the email; read with getClinic() when omitted. */
  clinic?: BookingClinic;
  /**
   * False when the caller tells the patient itself, in the email of the
   * change this transition is part of (a move that re-flags or clears the
   * booking says so in its one "moved" email).
   */
  emailPatient?: boolean;
};

/**
 * The only way a booking's status changes. Inside one transaction it re-reads
 * the booking, asks `transition` whether the move is allowed, updates the
 * status and bumps `version` (compare-and-set, so two racing moves cannot both
 * win), releases the held time when the new status gives it back, and writes
 * the BookingChange row, an AuditEvent and — where the patient must know — an
 * outbox email. Throws BookingNotFoundError, TransitionRefusedError or
 * StaleBookingError; nothing is written when it throws.
 */
export async function applyTransition(input: ApplyTransitionInput): Promise<BookingWork> {
  const clinic = input.clinic ?? (input.tx ? await readClinic(input.tx) : await getClinic());
  if (input.tx) return applyIn(input.tx, input, clinic);
  const updated = await db.$transaction((tx) => applyIn(tx, input, clinic), TX_OPTIONS);
  deliverOutboxSoon();
  return updated;
}

async function applyIn(tx: Prisma.TransactionClient, input: ApplyTransitionInput, clinic: BookingClinic): Promise<BookingWork> {
  const { bookingId, to, actor, now } = input;
  const booking = await tx.booking.findUnique({ where: { id: bookingId }, select: bookingWorkSelect });
  if (!booking) throw new BookingNotFoundError();
  if (input.expectedVersion !== undefined && booking.version !== input.expectedVersion) throw new StaleBookingError();

  const decision = transition(booking, to, actor, now);
  if (!decision.ok) throw new TransitionRefusedError(decision);

  const { count } = await tx.booking.updateMany({
    where: { id: bookingId, version: booking.version },
    data: { status: to, version: { increment: 1 } },
  });
  if (count !== 1) throw new StaleBookingError();
  if (decision.releasesSlot) await releaseTime(tx, bookingId);

  const updated: BookingWork = { ...booking, status: to, version: booking.version + 1 };
  await recordChange(tx, {
    bookingId,
    actorId: actor.userId,
    fromStatus: booking.status,
    toStatus: to,
    reason: input.reason ?? "",
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    action: `booking.${to.toLowerCase()}`,
    entityType: "Booking",
    entityId: bookingId,
    details: { reference: booking.reference, from: booking.status, to, actorKind: actor.kind, version: updated.version },
  });
  if (decision.notifyPatient && input.emailPatient !== false) {
    const message = statusChangeEmail({ ...updated, procedureName: booking.procedure.name, practitionerName: booking.practitioner.name }, clinic);
    if (message) {
      await emailPatient(tx, updated, clinic, message, now, decision.releasesSlot ? "cancelled" : "event");
    }
  }
  await input.withinTransaction?.(tx, updated);
  return updated;
}
