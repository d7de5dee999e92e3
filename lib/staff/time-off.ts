import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { assertStaff } from "./assert-staff";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { TIME_HOLDING_STATUSES } from "@/lib/booking/statuses";
import type { BookingStatus } from "@/lib/booking/lifecycle";
import type { TimeOffInput } from "./time-off-schema";

export type AffectedBooking = {
  id: string;
  reference: string;
  status: BookingStatus;
  startsAt: Date;
  patientName: string;
  procedureName: string;
};

export type TimeOffEntry = {
  id: string;
  practitionerName: string;
  startsAt: Date;
  endsAt: Date;
  reason: string;
  /** Bookings that still hold time inside the block: someone must follow them up. */
  affected: AffectedBooking[];
};

const affectedSelect = {
  id: true,
  reference: true,
  status: true,
  startsAt: true,
  patient: { select: { name: true, email: true, profile: { select: { legalName: true } } } },
  procedure: { select: { name: true } },
} as const;

export async function listPractitionerOptions(): Promise<{ id: string; name: string }[]> {
  return db.practitioner.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/**
 * Blocks a practitioner's time. Free slots disappear at once (slot-data reads
 * TimeOff); bookings already inside the block are kept, not silently moved or
 * cancelled, and returned so staff can contact each patient. Audited. Staff
 * and admins only; an unknown practitioner is a VALIDATION_FAILED DomainError
 * on `practitionerId`.
 */
export async function createTimeOff(actor: CurrentUser, input: TimeOffInput): Promise<{ ok: true; entry: TimeOffEntry }> {
  assertStaff(actor);
  const actorId = actor.id;
  return db.$transaction(async (tx) => {
    const practitioner = await tx.practitioner.findFirst({
      where: { id: input.practitionerId, active: true },
      select: { name: true },
    });
    if (!practitioner) throw new DomainError("VALIDATION_FAILED", { subject: "practitioner" }, { field: "practitionerId" });
    const created = await tx.timeOff.create({
      data: { practitionerId: input.practitionerId, startsAt: input.startsAt, endsAt: input.endsAt, reason: input.reason, createdById: actorId },
      select: { id: true, startsAt: true, endsAt: true, reason: true },
    });
    const affected = await tx.booking.findMany({
      where: overlapping(input.practitionerId, input.startsAt, input.endsAt),
      orderBy: { startsAt: "asc" },
      select: affectedSelect,
    });
    await recordAudit(tx, {
      actorId,
      action: "time-off.created",
      entityType: "TimeOff",
      entityId: created.id,
      details: { practitionerId: input.practitionerId, affectedBookings: affected.length },
    });
    return { ok: true as const, entry: { ...created, practitionerName: practitioner.name, affected: affected.map(toAffected) } };
  });
}

/** Time off that has not ended yet, soonest first, each with the bookings inside it. */
export async function listUpcomingTimeOff(now: Date): Promise<TimeOffEntry[]> {
  const rows = await db.timeOff.findMany({
    where: { endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    take: 200,
    select: { id: true, practitionerId: true, startsAt: true, endsAt: true, reason: true, practitioner: { select: { name: true } } },
  });
  return Promise.all(
    rows.map(async (row) => {
      const affected = await db.booking.findMany({
        where: overlapping(row.practitionerId, row.startsAt, row.endsAt),
        orderBy: { startsAt: "asc" },
        select: affectedSelect,
      });
      return {
        id: row.id,
        practitionerName: row.practitioner.name,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        reason: row.reason,
        affected: affected.map(toAffected),
      };
    }),
  );
}

// A booking holds [startsAt, blockedUntil); it clashes when that overlaps the block.
function overlapping(practitionerId: string, startsAt: Date, endsAt: Date) {
  return {
    practitionerId,
    status: { in: [...TIME_HOLDING_STATUSES] },
    startsAt: { lt: endsAt },
    blockedUntil: { gt: startsAt },
  };
}

function toAffected(row: {
  id: string;
  reference: string;
  status: BookingStatus;
  startsAt: Date;
  patient: { name: string | null; email: string; profile: { legalName: string } | null };
  procedure: { name: string };
}): AffectedBooking {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    startsAt: row.startsAt,
    patientName: row.patient.profile?.legalName ?? row.patient.name ?? row.patient.email,
    procedureName: row.procedure.name,
  };
}
