import "server-only";
import { addMinutes } from "date-fns";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/roles";
import { isStaff } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record-audit";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-soon";
import { holdIntervalFor } from "@/lib/availability";
import { assertPatientFree, planReschedule, TX_OPTIONS } from "./booking-checks";
import { bookingWorkSelect, type BookingView } from "./booking-data";
import { PractitionerChoiceNeededError, StaleBookingError } from "./booking-errors";
import { rescheduledEmail } from "./booking-messages";
import type { RescheduleBookingInput } from "./booking-schemas";
import { messageBooking, toView } from "./booking-view";
import { claimTime, emailPatient, recordChange, releaseTime } from "./booking-writes";
import { reassessOnMove } from "./reassess-on-move";
import { TIME_HOLDING_STATUSES } from "./statuses";
import { lockForShare, lockForUpdate } from "@/lib/db/row-locks";

/**
 * Moves a booking to another offered time as one atomic change: in one
 * transaction the old claims are deleted and the new ones written, so if the
 * new time is taken (SlotTakenError) everything rolls back and the old time
 * stays held. Keeps the practitioner when they are free at the new time;
 * otherwise the input must name who the patient chose (never a silent
 * change of doctor). The
 * checks are planReschedule's, which the confirm step's preview also runs.
 * The booking's health answers are re-assessed for the new start in the same
 * transaction (reassessOnMove), and the patient gets one email saying the new
 * time and any status change that re-assessment made.
 */
export async function rescheduleBooking(
  actor: CurrentUser,
  id: string,
  input: RescheduleBookingInput,
  now: Date,
): Promise<BookingView> {
  const { booking, clinic, practitioner, needsPractitionerChoice, patientTime } = await planReschedule(
    actor,
    id,
    input.startsAt,
    now,
    input.practitionerId,
  );
  // Never a silent change of doctor: the caller must name the new one.
  if (needsPractitionerChoice) throw new PractitionerChoiceNeededError(booking.practitioner.name);
  const hold = holdIntervalFor(input.startsAt, booking.procedure);
  const endsAt = addMinutes(input.startsAt, booking.procedure.durationMinutes);

  const result = await db.$transaction(async (tx) => {
    // Same per-patient lock as createBooking (docs/decisions/011).
    await lockForUpdate(tx, "User", booking.patientId);
    // Before the first write: the move bumps the schedule stamp, which holds
    // its row until commit (docs/decisions/012).
    await lockForShare(tx, "Practitioner", practitioner.id);
    await assertPatientFree(tx, patientTime, clinic.timeZone);
    // Compare-and-set on version: a cancel or another move since we read it wins.
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, version: booking.version, status: { in: [...TIME_HOLDING_STATUSES] } },
      data: {
        startsAt: input.startsAt,
        endsAt,
        blockedUntil: hold.endsAt,
        practitionerId: practitioner.id,
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw new StaleBookingError();
    // Old cells out, new cells in. A refused claim throws and rolls both back.
    await releaseTime(tx, booking.id);
    await claimTime(tx, { id: booking.id, practitionerId: practitioner.id, startsAt: input.startsAt, blockedUntil: hold.endsAt });

    // Health answers are re-read for the new date: that may flag or clear the
    // booking. Its status change is told in the one "moved" email below.
    const statusChange = await reassessOnMove(tx, { booking, newStart: input.startsAt, actorId: actor.id, now, clinic });

    const moved = await tx.booking.findUniqueOrThrow({ where: { id: booking.id }, select: bookingWorkSelect });
    await recordChange(tx, {
      bookingId: booking.id,
      actorId: actor.id,
      fromStatus: booking.status,
      toStatus: moved.status,
      fromStart: booking.startsAt,
      toStart: moved.startsAt,
      reason: isStaff(actor) ? "Moved by the clinic" : "Moved online",
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "booking.rescheduled",
      entityType: "Booking",
      entityId: booking.id,
      details: {
        reference: booking.reference,
        fromStart: booking.startsAt.toISOString(),
        toStart: moved.startsAt.toISOString(),
        fromPractitionerId: booking.practitionerId,
        toPractitionerId: practitioner.id,
        version: moved.version,
      },
    });
    await emailPatient(tx, moved, clinic, rescheduledEmail(messageBooking(moved), booking.startsAt, clinic, statusChange), now);
    return toView(moved);
  }, TX_OPTIONS);
  deliverOutboxSoon();
  return result;
}
