import "server-only";
import type { Prisma } from "@prisma/client";
import { claimCellsFor } from "@/lib/availability";
import { enqueueEmail } from "@/lib/notifications/outbox";
import { bookingCalendarFile } from "./booking-calendar";
import type { BookingClinic, BookingWork } from "./booking-data";
import { SlotTakenError, TimeOffInTheWayError } from "./booking-errors";
import type { BookingStatus } from "./lifecycle";
import { isRawUniqueViolation } from "./unique-violation";
import { insertRows, newRowId } from "@/lib/db/raw-insert";
import { sqlTime } from "@/lib/db/sql-time";
import type { SqlTarget } from "@/lib/db/sql-transaction";
import { selectPractitionerFree } from "./booking-sql";

// Writes shared by every booking change; each takes the caller's transaction.

/**
 * Claims the practitioner's time for the booking: refuses time off, then
 * claimCells. The caller holds lockForShare on the practitioner (taken
 * before its first write). The practitioner's title comes back for the
 * caller's email.
 */
export async function claimTime(
  tx: SqlTarget,
  booking: { id: string; practitionerId: string; startsAt: Date; blockedUntil: Date },
): Promise<{ practitionerTitle: string }> {
  const { title } = await assertNoTimeOff(tx, booking);
  await claimCells(tx, booking);
  return { practitionerTitle: title };
}

/**
 * Time off has no claims: check it here. The caller already holds a shared
 * lock on the practitioner, which createTimeOff takes exclusively, so a
 * booking and a block of time off never both miss each other
 * (docs/decisions/011); it is taken before the transaction's first write
 * (docs/decisions/012, the schedule stamp). The practitioner's title rides
 * along (one statement).
 */
export async function assertNoTimeOff(
  tx: SqlTarget,
  booking: { practitionerId: string; startsAt: Date; blockedUntil: Date },
): Promise<{ title: string }> {
  const practitioner = await selectPractitionerFree(tx, {
    practitionerId: booking.practitionerId,
    startsAt: booking.startsAt,
    endsAt: booking.blockedUntil,
  });
  if (practitioner.timeOff) throw new TimeOffInTheWayError();
  return { title: practitioner.title };
}

/**
 * One SlotClaim row per 15-minute cell of [start, blockedUntil). The primary
 * key (practitionerId, cellStart) refuses any overlap with another booking,
 * whatever the two durations: that refusal (SlotTakenError), not the earlier
 * availability read, is what prevents a double booking under races. One
 * statement for every cell; batched on the driver (raw-insert `batch`).
 */
export async function claimCells(tx: SqlTarget, booking: { id: string; practitionerId: string; startsAt: Date; blockedUntil: Date }): Promise<void> {
  const cells = claimCellsFor({ startsAt: booking.startsAt, endsAt: booking.blockedUntil });
  await insertRows(
    tx,
    "SlotClaim",
    ["practitionerId", "cellStart", "bookingId"],
    cells.map((cellStart) => [booking.practitionerId, sqlTime(cellStart), booking.id]),
    { batch: true, errorAs: (error) => (isRawUniqueViolation(error, ["practitionerId", "cellStart"]) ? new SlotTakenError() : undefined) },
  );
}

export async function releaseTime(tx: Prisma.TransactionClient, bookingId: string): Promise<void> {
  await tx.slotClaim.deleteMany({ where: { bookingId } });
}

export async function recordChange(
  tx: SqlTarget,
  change: {
    bookingId: string;
    actorId: string | null;
    fromStatus: BookingStatus | null;
    toStatus: BookingStatus;
    fromStart?: Date;
    toStart?: Date;
    reason: string;
  },
): Promise<void> {
  // Plain SQL (lib/db/raw-insert.ts): the row Prisma's create wrote.
  await insertRows(
    tx,
    "BookingChange",
    ["id", "bookingId", "actorId", "fromStatus", "toStatus", "fromStart", "toStart", "reason", "createdAt"],
    [
      [
        newRowId(),
        change.bookingId,
        change.actorId,
        change.fromStatus,
        change.toStatus,
        change.fromStart ? sqlTime(change.fromStart) : null,
        change.toStart ? sqlTime(change.toStart) : null,
        change.reason,
        sqlTime(new Date()),
      ],
    ],
    { batch: true },
  );
}

/** Queue an email about the booking, with its calendar file, in the same transaction as the change. */
export async function emailPatient(
  tx: SqlTarget,
  booking: Pick<BookingWork, "id" | "reference" | "startsAt" | "endsAt" | "version" | "procedure" | "practitioner" | "patient">,
  clinic: BookingClinic,
  message: { subject: string; text: string; kind: string },
  now: Date,
  calendar: "event" | "cancelled" | "none" = "event",
): Promise<void> {
  const icsContent =
    calendar === "none"
      ? undefined
      : bookingCalendarFile(
          {
            id: booking.id,
            reference: booking.reference,
            procedureName: booking.procedure.name,
            practitionerName: booking.practitioner.name,
            startsAt: booking.startsAt,
            endsAt: booking.endsAt,
            version: booking.version,
            cancelled: calendar === "cancelled",
          },
          clinic,
          now,
        );
  await enqueueEmail(tx, { to: booking.patient.email, ...message, icsContent, bookingId: booking.id });
}
