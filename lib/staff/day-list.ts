import "server-only";
import { db } from "@/lib/db/client";
import { addClinicDays } from "@/lib/availability/clinic-date";
import { clinicInstant } from "@/lib/availability/clinic-time";
import type { BookingStatus } from "@/lib/booking/lifecycle";
import { checkInOpensHoursFrom, checkInState, type CheckInState } from "@/lib/screening/check-in-window";

// Bookings still on the day's plan: postponed and cancelled ones gave their time back.
const ON_THE_DAY: BookingStatus[] = ["CONFIRMED", "FLAGGED", "COMPLETED", "NO_SHOW"];

export type DayBooking = {
  id: string;
  reference: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  patientName: string;
  procedureName: string;
  checkIn: DayCheckIn;
  /** The booking overlaps the practitioner's time off: someone must follow it up. */
  insideTimeOff: boolean;
};

/** A procedure that needs no screening has no check-in to chase ("Not needed"). */
export type DayCheckIn = CheckInState | "NOT_NEEDED";

export type DayPractitioner = { id: string; name: string; bookings: DayBooking[] };

/**
 * One clinic day's bookings grouped by practitioner (by name), each in time
 * order, with where each pre-procedure check-in stands at `now`. Reads the
 * outcome and time of each response only — never the answers.
 */
export async function findDayList(date: string, timeZone: string, now: Date): Promise<DayPractitioner[]> {
  const dayStart = clinicInstant(date, "00:00", timeZone);
  const nextDay = clinicInstant(addClinicDays(date, 1), "00:00", timeZone);
  const opensHours = checkInOpensHoursFrom(process.env);
  const rows = await db.booking.findMany({
    where: { startsAt: { gte: dayStart, lt: nextDay }, status: { in: ON_THE_DAY } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      reference: true,
      status: true,
      startsAt: true,
      endsAt: true,
      blockedUntil: true,
      patient: { select: { name: true, email: true, profile: { select: { legalName: true } } } },
      procedure: { select: { name: true, requiresScreening: true } },
      practitioner: { select: { id: true, name: true } },
      screenings: { select: { id: true, kind: true, outcome: true, submittedAt: true, assessedForStart: true, reassessedFromId: true } },
    },
  });
  // Time off touching the day, for any practitioner on it; few rows, matched in memory.
  const timeOff = await db.timeOff.findMany({
    where: {
      practitionerId: { in: [...new Set(rows.map((row) => row.practitioner.id))] },
      startsAt: { lt: nextDay },
      endsAt: { gt: dayStart },
    },
    select: { practitionerId: true, startsAt: true, endsAt: true },
  });
  const groups = new Map<string, DayPractitioner>();
  for (const row of rows) {
    const group = groups.get(row.practitioner.id) ?? { ...row.practitioner, bookings: [] };
    groups.set(row.practitioner.id, group);
    group.bookings.push({
      id: row.id,
      reference: row.reference,
      status: row.status,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      patientName: row.patient.profile?.legalName ?? row.patient.name ?? row.patient.email,
      procedureName: row.procedure.name,
      checkIn: row.procedure.requiresScreening ? checkInState(row, row.screenings, now, opensHours) : "NOT_NEEDED",
      // A booking holds [startsAt, blockedUntil), as in time-off.ts.
      insideTimeOff: timeOff.some(
        (block) =>
          block.practitionerId === row.practitioner.id &&
          block.startsAt.getTime() < row.blockedUntil.getTime() &&
          block.endsAt.getTime() > row.startsAt.getTime(),
      ),
    });
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export const CHECK_IN_LABELS: Record<DayCheckIn, string> = {
  NOT_YET_OPEN: "Not yet open",
  DUE: "Due",
  CLEAR: "Clear",
  FLAGGED: "Flagged",
  NOT_NEEDED: "Not needed",
};
