import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { fromSqlTime, sqlTime } from "@/lib/db/sql-time";
import { getClinic } from "@/lib/clinic/clinic-data";
import { TIME_HOLDING_STATUSES } from "@/lib/booking/statuses";
import { computeFreeSlots } from "./free-slots";
import { addClinicDays } from "./clinic-date";
import { clinicInstant } from "./clinic-time";
import { LONGEST_HOLD_HOURS } from "./constants";
import type { ClinicDate, PractitionerSchedule, ProcedureTiming, Slot } from "./types";

type Range = { from: ClinicDate; to: ClinicDate };

/**
 * The schedules of everyone who performs a procedure, for clinic dates
 * [from, to]: hours, and the time off and bookings that hold time, read a day
 * either side so holds that straddle midnight count. The one read behind both
 * the slot picker and the check that a requested time is offered.
 */
export async function loadPractitionerSchedules(args: {
  procedureId: string;
  range: Range;
  timeZone: string;
  /** A booking being moved ignores its own hold. */
  excludeBookingId?: string;
  /** "Would this be offered if nobody had booked it?" */
  ignoreBookings?: boolean;
  client?: Prisma.TransactionClient;
}): Promise<PractitionerSchedule[]> {
  const { procedureId, range, timeZone, excludeBookingId, ignoreBookings = false, client = db } = args;
  const windowStart = clinicInstant(addClinicDays(range.from, -1), "00:00", timeZone);
  const windowEnd = clinicInstant(addClinicDays(range.to, 2), "00:00", timeZone);
  // Bounded on both sides, so the read costs the same whatever the clinic's
  // history: a hold never lasts longer than LONGEST_HOLD_HOURS, so one that
  // started earlier than that before the window has ended before it.
  const earliestHoldStart = new Date(windowStart.getTime() - LONGEST_HOLD_HOURS * 3_600_000);

  // Plain SQL, three statements: Prisma's nested relation read cost about ten
  // times the arithmetic (docs/decisions/012). Each statement runs unchanged on
  // SQLite and PostgreSQL; rows come back in the order Prisma gave them.
  const rows = await client.$queryRaw<{ id: string; name: string; weekday: unknown; opensAt: string | null; closesAt: string | null }[]>`
    SELECT pr."id", pr."name", oh."weekday", oh."opensAt", oh."closesAt"
    FROM "Practitioner" pr
    JOIN "PractitionerProcedure" pp ON pp."practitionerId" = pr."id" AND pp."procedureId" = ${procedureId}
    LEFT JOIN "OpeningHours" oh ON oh."practitionerId" = pr."id"
    WHERE pr."active" = TRUE
    ORDER BY pr."name" ASC, pr."id" ASC`;
  const schedules = new Map<string, PractitionerSchedule>();
  for (const row of rows) {
    let schedule = schedules.get(row.id);
    if (!schedule) schedules.set(row.id, (schedule = { id: row.id, name: row.name, weeklyHours: [], timeOff: [], busy: [] }));
    if (row.opensAt !== null && row.closesAt !== null) {
      schedule.weeklyHours.push({ weekday: Number(row.weekday), opensAt: row.opensAt, closesAt: row.closesAt });
    }
  }
  if (schedules.size === 0) return [];

  const timeOff = await client.$queryRaw<{ practitionerId: string; startsAt: unknown; endsAt: unknown }[]>`
    SELECT t."practitionerId", t."startsAt", t."endsAt"
    FROM "TimeOff" t
    JOIN "PractitionerProcedure" pp ON pp."practitionerId" = t."practitionerId" AND pp."procedureId" = ${procedureId}
    WHERE t."startsAt" < ${sqlTime(windowEnd)} AND t."endsAt" > ${sqlTime(windowStart)}`;
  for (const t of timeOff) schedules.get(t.practitionerId)?.timeOff.push({ startsAt: fromSqlTime(t.startsAt), endsAt: fromSqlTime(t.endsAt) });

  if (!ignoreBookings) {
    const [first, second] = TIME_HOLDING_STATUSES;
    const holds = await client.$queryRaw<{ practitionerId: string; startsAt: unknown; blockedUntil: unknown }[]>`
      SELECT b."practitionerId", b."startsAt", b."blockedUntil"
      FROM "Booking" b
      JOIN "PractitionerProcedure" pp ON pp."practitionerId" = b."practitionerId" AND pp."procedureId" = ${procedureId}
      WHERE b."startsAt" > ${sqlTime(earliestHoldStart)} AND b."startsAt" < ${sqlTime(windowEnd)}
        AND b."blockedUntil" > ${sqlTime(windowStart)}
        AND CAST(b."status" AS TEXT) IN (${first}, ${second})
        AND b."id" <> ${excludeBookingId ?? ""}`;
    for (const b of holds) schedules.get(b.practitionerId)?.busy.push({ startsAt: fromSqlTime(b.startsAt), endsAt: fromSqlTime(b.blockedUntil) });
  }
  return [...schedules.values()];
}

/** What the slot read needs of a procedure; callers that already read it pass it down. */
export type SlotProcedure = ProcedureTiming & { id: string; slug: string };

/**
 * Free slots of a procedure already read (with the clinic's time zone) over
 * clinic dates [from, to]: one schedules read, then the pure rules.
 */
export async function freeSlotsOf<P extends SlotProcedure>(procedure: P, range: Range, timeZone: string, now: Date = new Date()) {
  const practitioners = await loadPractitionerSchedules({ procedureId: procedure.id, range, timeZone });
  const slots: Slot[] = computeFreeSlots({ procedure, practitioners, from: range.from, to: range.to, timeZone, now });
  return { procedure, timeZone, slots };
}

/**
 * Free slots of one procedure over clinic dates [from, to], read from the
 * database and computed by the pure rules. Returns null for an unknown slug.
 */
export async function findFreeSlots(slug: string, range: Range, now: Date = new Date()) {
  const procedure = await db.procedure.findFirst({
    where: { slug, active: true },
    select: { id: true, slug: true, durationMinutes: true, bufferMinutes: true },
  });
  if (!procedure) return null;
  const { timeZone } = await getClinic();
  return freeSlotsOf(procedure, range, timeZone, now);
}
