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
  checkIn: CheckInState;
};

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
      patient: { select: { name: true, email: true, profile: { select: { legalName: true } } } },
      procedure: { select: { name: true } },
      practitioner: { select: { id: true, name: true } },
      screenings: { select: { kind: true, outcome: true, submittedAt: true } },
    },
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
      checkIn: checkInState(row, row.screenings, now, opensHours),
    });
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export const CHECK_IN_LABELS: Record<CheckInState, string> = {
  NOT_YET_OPEN: "Not yet open",
  DUE: "Due",
  CLEAR: "Clear",
  FLAGGED: "Flagged",
};
