import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { binder, placeholder, readRows } from "@/lib/db/read-rows";
import { fromSqlTime, sqlTime } from "@/lib/db/sql-time";
import { TIME_HOLDING_STATUSES } from "@/lib/booking/statuses";
import { clinicNotSetUp } from "@/lib/clinic/clinic-data";
import { LRUCache } from "lru-cache";
import { computeOpenSlots, offeredAt, type OpenSlot } from "./free-slots";
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
  /**
   * Read only the bookings that overlap this span (one slot's hold): enough
   * to tell whether starts whose hold lies inside it are free, and a few rows
   * instead of the days' hundreds. Other starts then look freer than they are.
   */
  holdsWithin?: { startsAt: Date; endsAt: Date };
  /**
   * Only this practitioner's schedule (when they perform the procedure).
   * Each practitioner's starts are worked out from their own schedule alone,
   * so theirs are the same as in everyone's.
   */
  practitionerId?: string;
  client?: Prisma.TransactionClient;
}): Promise<PractitionerSchedule[]> {
  const { procedureId, range, timeZone, excludeBookingId, ignoreBookings = false, holdsWithin, practitionerId, client = db } = args;
  const windowStart = clinicInstant(addClinicDays(range.from, -1), "00:00", timeZone);
  const windowEnd = clinicInstant(addClinicDays(range.to, 2), "00:00", timeZone);
  const holdsFrom = holdsWithin?.startsAt ?? windowStart;
  const holdsTo = holdsWithin?.endsAt ?? windowEnd;
  // Bounded on both sides, so the read costs the same whatever the clinic's
  // history: a hold never lasts longer than LONGEST_HOLD_HOURS, so one that
  // started earlier than that before the window has ended before it.
  const earliestHoldStart = new Date(holdsFrom.getTime() - LONGEST_HOLD_HOURS * 3_600_000);

  // Plain SQL, one statement handed to the driver (lib/db/read-rows.ts):
  // Prisma's nested relation read cost about ten times the arithmetic, and on
  // PostgreSQL each statement is a round trip (docs/decisions/012). Its parts:
  // 0, hours, one row per practitioner and opening (in Prisma's order: by
  // name, then id); 1, time off; 2, the bookings that hold time.
  const { values, bind } = binder();
  const only = (column: string) => (practitionerId ? ` AND ${column} = ${bind(practitionerId)}` : "");
  const parts = [
    `SELECT 0 AS "part", pr."id", pr."name", oh."weekday", oh."opensAt", oh."closesAt", NULL AS "startsAt", NULL AS "endsAt"
     FROM "Practitioner" pr
     JOIN "PractitionerProcedure" pp ON pp."practitionerId" = pr."id" AND pp."procedureId" = ${bind(procedureId)}
     LEFT JOIN "OpeningHours" oh ON oh."practitionerId" = pr."id"
     WHERE pr."active" = TRUE${only(`pr."id"`)}`,
    `SELECT 1, t."practitionerId", NULL, NULL, NULL, NULL, t."startsAt", t."endsAt"
     FROM "TimeOff" t
     JOIN "PractitionerProcedure" pp ON pp."practitionerId" = t."practitionerId" AND pp."procedureId" = ${bind(procedureId)}
     WHERE t."startsAt" < ${bind(sqlTime(windowEnd))} AND t."endsAt" > ${bind(sqlTime(windowStart))}${only(`t."practitionerId"`)}`,
  ];
  if (!ignoreBookings) {
    const [first, second] = TIME_HOLDING_STATUSES;
    parts.push(
      `SELECT 2, b."practitionerId", NULL, NULL, NULL, NULL, b."startsAt", b."blockedUntil"
       FROM "Booking" b
       JOIN "PractitionerProcedure" pp ON pp."practitionerId" = b."practitionerId" AND pp."procedureId" = ${bind(procedureId)}
       WHERE b."startsAt" > ${bind(sqlTime(earliestHoldStart))} AND b."startsAt" < ${bind(sqlTime(holdsTo))}
         AND b."blockedUntil" > ${bind(sqlTime(holdsFrom))}
         AND CAST(b."status" AS TEXT) IN (${bind(first)}, ${bind(second)})
         AND b."id" <> ${bind(excludeBookingId ?? "")}${only(`b."practitionerId"`)}`,
    );
  }
  const rows = await readRows<{
    part: unknown;
    id: string;
    name: string | null;
    weekday: unknown;
    opensAt: string | null;
    closesAt: string | null;
    startsAt: unknown;
    endsAt: unknown;
  }>(client, `${parts.join("\n     UNION ALL\n     ")}\n     ORDER BY 1, 3, 2`, values);

  const schedules = new Map<string, PractitionerSchedule>();
  for (const row of rows) {
    const part = Number(row.part);
    if (part === 0) {
      let schedule = schedules.get(row.id);
      if (!schedule) schedules.set(row.id, (schedule = { id: row.id, name: row.name ?? "", weeklyHours: [], timeOff: [], busy: [] }));
      if (row.opensAt !== null && row.closesAt !== null) {
        schedule.weeklyHours.push({ weekday: Number(row.weekday), opensAt: row.opensAt, closesAt: row.closesAt });
      }
      continue;
    }
    // Parts 1 and 2 come after every practitioner; one not active or not
    // performing the procedure has no schedule here and is left out.
    const span = { startsAt: fromSqlTime(row.startsAt), endsAt: fromSqlTime(row.endsAt) };
    if (part === 1) schedules.get(row.id)?.timeOff.push(span);
    else schedules.get(row.id)?.busy.push(span);
  }
  return [...schedules.values()];
}

/** What the slot read needs of a procedure; callers that already read it pass it down. */
export type SlotProcedure = ProcedureTiming & { id: string; slug: string };

/**
 * The schedules' version (the ScheduleStamp row, bumped by database triggers
 * on every change that can move a free slot), or null when there is none, in
 * which case nothing is kept. Read it BEFORE the schedules: an answer is then
 * kept under a version no newer than the rows it was computed from, so a
 * change committed in between can only cause a needless recompute later,
 * never a stale answer.
 */
export async function readScheduleStamp(client: Prisma.TransactionClient = db): Promise<number | null> {
  const rows = await readRows<{ version: unknown }>(client, `SELECT "version" FROM "ScheduleStamp" WHERE "id" = 1`);
  return rows[0] ? Number(rows[0].version) : null;
}

// Computed open slots, kept per procedure timing, zone and dates while the
// stamp they were computed under is current. Bounded by slots held, so a
// crawler walking every week cannot grow the heap.
const openSlotsKept = new LRUCache<string, { stamp: number; open: OpenSlot[] }>({
  maxSize: 20_000,
  sizeCalculation: (entry) => entry.open.length + 1,
});

/**
 * Open slots of a procedure over clinic dates [from, to] (before notice and
 * horizon, see `offeredAt`): computed from the schedules, or the answer kept
 * from an earlier read when the schedules have not changed since. `stamp`
 * lets a caller that read it together with the procedure save a statement.
 */
export async function openSlotsOf(args: {
  procedure: SlotProcedure;
  range: Range;
  timeZone: string;
  stamp?: number | null;
}): Promise<OpenSlot[]> {
  const { procedure, range, timeZone } = args;
  const stamp = args.stamp !== undefined ? args.stamp : await readScheduleStamp();
  const key = [procedure.id, procedure.durationMinutes, procedure.bufferMinutes, timeZone, range.from, range.to].join(" ");
  const kept = stamp === null ? undefined : openSlotsKept.get(key);
  if (kept && kept.stamp === stamp) return kept.open;
  const practitioners = await loadPractitionerSchedules({ procedureId: procedure.id, range, timeZone });
  const open = computeOpenSlots({ procedure, practitioners, from: range.from, to: range.to, timeZone });
  if (stamp !== null) openSlotsKept.set(key, { stamp, open });
  return open;
}

/**
 * Free slots of a procedure already read (with the clinic's time zone) over
 * clinic dates [from, to].
 */
export async function freeSlotsOf<P extends SlotProcedure>(
  procedure: P,
  range: Range,
  timeZone: string,
  now: Date = new Date(),
  stamp?: number | null,
): Promise<{ procedure: P; timeZone: string; slots: Slot[] }> {
  const open = await openSlotsOf({ procedure, range, timeZone, stamp });
  return { procedure, timeZone, slots: offeredAt(open, { now, timeZone }) };
}

/**
 * Free slots of one procedure over clinic dates [from, to], read from the
 * database and computed by the pure rules. Returns null for an unknown slug.
 * The procedure, the clinic's time zone and the schedules' stamp come in one
 * statement, so an unchanged week costs that statement and the arithmetic of
 * notice and horizon.
 */
export async function findFreeSlots(slug: string, range: Range, now: Date = new Date()) {
  const rows = await readRows<{ id: string; slug: string; durationMinutes: unknown; bufferMinutes: unknown; timeZone: string | null; stamp: unknown }>(
    db,
    `SELECT p."id", p."slug", p."durationMinutes", p."bufferMinutes", c."timeZone", s."version" AS "stamp"
     FROM "Procedure" p
     LEFT JOIN "Clinic" c ON c."id" = 'clinic'
     LEFT JOIN "ScheduleStamp" s ON s."id" = 1
     WHERE p."slug" = ${placeholder(1)} AND p."active" = TRUE`,
    [slug],
  );
  const row = rows[0];
  if (!row) return null;
  if (row.timeZone === null) throw clinicNotSetUp();
  const procedure = { id: row.id, slug: row.slug, durationMinutes: Number(row.durationMinutes), bufferMinutes: Number(row.bufferMinutes) };
  return freeSlotsOf(procedure, range, row.timeZone, now, row.stamp === null ? null : Number(row.stamp));
}
