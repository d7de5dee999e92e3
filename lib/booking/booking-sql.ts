import "server-only";
import { binder } from "@/lib/db/read-rows";
import { lockingRead, type RowLock } from "@/lib/db/row-locks";
import { asSql, type SqlTarget } from "@/lib/db/sql-transaction";
import { fromSqlTime, sqlTime } from "@/lib/db/sql-time";
import { insertRows, newRowId } from "@/lib/db/raw-insert";
import type { PractitionerSchedule, WeeklyHours } from "@/lib/availability";
import type { PatientBookingFact } from "./booking-rules";
import type { BookingStatus } from "./lifecycle";
import { TIME_HOLDING_STATUSES } from "./statuses";
import { isRawUniqueViolation } from "./unique-violation";

// The booking path's hottest statements as plain SQL. Each Prisma model call
// costs about half a millisecond of query compiling before it reaches the
// database (Prisma 6.19 keeps no plan cache); a raw statement skips it. Writes
// fill in what Prisma did (ids, timestamps: lib/db/raw-insert.ts). Each
// statement runs on SQLite and PostgreSQL alike, but for its placeholders
// (`bound`). Times are bound as each database stores them: SQLite compares
// Prisma's ISO text ("…+00:00") as text, PostgreSQL takes the instant.

// A boolean read: SQLite answers 0/1 (sometimes as a bigint), PostgreSQL true/false.
const flag = (value: unknown) => Boolean(Number(value));

export type ContextRow = {
  clinic: { name: string; timeZone: string; notice: string; phone: string; email: string; address: string };
  procedure: {
    id: string;
    slug: string;
    name: string;
    durationMinutes: number;
    bufferMinutes: number;
    requiresScreening: boolean;
    maxUpcomingPerPatient: number;
    prerequisites: { requiredId: string }[];
  } | null;
  hasProfile: boolean;
  /** Only when a practitioner was asked for (see ChosenPractitioner). */
  chosen?: ChosenPractitioner;
  /** Only when the read took locks on PostgreSQL: false when a locked row did not exist, so none was taken. */
  locksHeld?: boolean;
};

/**
 * The practitioner a patient asked for: their name and weekly opening hours
 * when they are an active practitioner of this procedure, else `offering` null.
 */
export type ChosenPractitioner = { practitionerId: string; offering: Pick<PractitionerSchedule, "id" | "name" | "weeklyHours"> | null };

/**
 * The clinic, the active procedure by slug (or null) with its rules, whether
 * the patient has a profile and, given `practitionerId`, that practitioner's
 * opening hours for the procedure: one statement (a row per prerequisite and
 * opening). With `locks`, in a transaction, the same statement takes them
 * first on PostgreSQL (row-locks lockingRead): one round trip instead of two.
 */
export async function selectBookingContext(
  client: SqlTarget,
  args: { patientId: string; procedureSlug: string; practitionerId?: string; locks?: readonly RowLock[] },
): Promise<ContextRow | null> {
  const { values, bind } = binder();
  const locking = args.locks ? lockingRead(args.locks, bind) : null;
  // Bound in the order the text shows them (SQLite's placeholders are positional).
  const text = `${locking?.with ?? ""}
    SELECT c."name", c."timeZone", c."notice", c."phone", c."email", c."address",
           p."id" AS "procedureId", p."slug" AS "procedureSlug", p."name" AS "procedureName",
           p."durationMinutes", p."bufferMinutes", p."requiresScreening", p."maxUpcomingPerPatient",
           pr."requiredId",
           EXISTS (SELECT 1 FROM "PatientProfile" pp WHERE pp."userId" = ${bind(args.patientId)}) AS "hasProfile",
           pt."id" AS "practitionerId", pt."name" AS "practitionerName",
           oh."id" AS "hoursId", oh."weekday", oh."opensAt", oh."closesAt"${locking ? `,\n           ${locking.column} AS "locked"` : ""}
    FROM "Clinic" c
    LEFT JOIN "Procedure" p ON p."slug" = ${bind(args.procedureSlug)} AND p."active" = TRUE
    LEFT JOIN "ProcedurePrerequisite" pr ON pr."procedureId" = p."id"
    LEFT JOIN "PractitionerProcedure" ppr ON ppr."procedureId" = p."id" AND ppr."practitionerId" = ${bind(args.practitionerId ?? "")}
    LEFT JOIN "Practitioner" pt ON pt."id" = ppr."practitionerId" AND pt."active" = TRUE
    LEFT JOIN "OpeningHours" oh ON oh."practitionerId" = pt."id"
    WHERE c."id" = 'clinic'
    ORDER BY pr."requiredId", oh."id"`;
  const rows = await asSql(client).rows(text, values);
  const row = rows[0];
  if (!row) return null;
  // Rows repeat each prerequisite per opening and each opening per prerequisite;
  // ordered, so the first missing prerequisite named is the same on both databases.
  const requiredIds = [...new Set(rows.filter((r) => r.requiredId != null).map((r) => String(r.requiredId)))];
  const hours = new Map<string, WeeklyHours>();
  for (const r of rows) {
    if (r.hoursId != null) hours.set(String(r.hoursId), { weekday: Number(r.weekday), opensAt: String(r.opensAt), closesAt: String(r.closesAt) });
  }
  const { practitionerId } = args;
  const chosen: Pick<ContextRow, "chosen"> =
    practitionerId === undefined
      ? {}
      : {
          chosen: {
            practitionerId,
            offering: row.practitionerId == null ? null : { id: String(row.practitionerId), name: String(row.practitionerName), weeklyHours: [...hours.values()] },
          },
        };
  return {
    clinic: {
      name: String(row.name),
      timeZone: String(row.timeZone),
      notice: String(row.notice),
      phone: String(row.phone),
      email: String(row.email),
      address: String(row.address),
    },
    procedure:
      row.procedureId == null
        ? null
        : {
            id: String(row.procedureId),
            slug: String(row.procedureSlug),
            name: String(row.procedureName),
            durationMinutes: Number(row.durationMinutes),
            bufferMinutes: Number(row.bufferMinutes),
            requiresScreening: flag(row.requiresScreening),
            maxUpcomingPerPatient: Number(row.maxUpcomingPerPatient),
            prerequisites: requiredIds.map((requiredId) => ({ requiredId })),
          },
    hasProfile: flag(row.hasProfile),
    ...chosen,
    ...(locking ? { locksHeld: Number(row.locked) > 0 } : {}),
  };
}

/** SQL: whether the practitioner in `practitionerColumn` has time off overlapping [startsAt, endsAt). */
function timeOffOverlaps(bind: (value: unknown) => string, practitionerColumn: string, startsAt: Date, endsAt: Date): string {
  return `EXISTS (SELECT 1 FROM "TimeOff" t
                  WHERE t."practitionerId" = ${practitionerColumn} AND t."startsAt" < ${bind(sqlTime(endsAt))} AND t."endsAt" > ${bind(sqlTime(startsAt))})`;
}

export type PractitionerFree = { title: string; timeOff: boolean };

/** The practitioner's title, and whether time off blocks any of [startsAt, endsAt). */
export async function selectPractitionerFree(
  client: SqlTarget,
  args: { practitionerId: string; startsAt: Date; endsAt: Date },
): Promise<PractitionerFree> {
  const { values, bind } = binder();
  const text = `SELECT pr."title", ${timeOffOverlaps(bind, `pr."id"`, args.startsAt, args.endsAt)} AS "timeOff"
    FROM "Practitioner" pr WHERE pr."id" = ${bind(args.practitionerId)}`;
  const rows = await asSql(client).rows<{ title: string; timeOff: unknown }>(text, values);
  const row = rows[0];
  if (!row) throw new Error("practitioner not found");
  return { title: row.title, timeOff: flag(row.timeOff) };
}

/**
 * The patient's bookings that can matter to a new or moved booking, soonest
 * first (docs/decisions/014): those that hold time and overlap [startsAt,
 * endsAt) — starting after `overlapsFrom`, which bounds the read — and, given
 * a procedure, its upcoming ones (`upcomingOf`, "" for none) and ones of its
 * prerequisites (read from ProcedurePrerequisite; `prerequisitesOf`, "" for
 * none) that are completed or end by `startsAt`. `excludeBookingId` never
 * counts ("" for none). With `practitioner`, the same statement also answers
 * selectPractitionerFree for them (one round trip instead of two); with
 * `locks`, in a transaction, it takes them first on PostgreSQL.
 */
export async function selectPatientBookings(
  client: SqlTarget,
  args: {
    patientId: string;
    startsAt: Date;
    endsAt: Date;
    overlapsFrom: Date;
    upcomingOf: string;
    upcomingAfter: Date;
    prerequisitesOf: string;
    excludeBookingId: string;
  },
  practitioner?: { practitionerId: string; startsAt: Date; endsAt: Date },
  locks?: readonly RowLock[],
): Promise<{ bookings: PatientBookingFact[]; practitioner: PractitionerFree | null }> {
  const [first, second] = TIME_HOLDING_STATUSES;
  const { values, bind } = binder();
  // Its one constant row makes PostgreSQL take them (row-locks lockingRead).
  const locking = locks ? lockingRead(locks, bind) : null;
  const startsAt = sqlTime(args.startsAt);
  // Parts in the order they appear, as they are bound. From one constant row,
  // so the practitioner's columns come back even when the patient has no
  // booking that matters. Statuses are compared as text: PostgreSQL has no
  // "enum = text" operator for a bound value.
  const timeOff = practitioner ? timeOffOverlaps(bind, `pr."id"`, practitioner.startsAt, practitioner.endsAt) : "NULL";
  const text = `${locking?.with ?? ""}
    SELECT pr."title", ${timeOff} AS "timeOff",
           b."id", b."reference", b."procedureId", b."status", b."startsAt", b."endsAt"${locking ? `, ${locking.column} AS "locked"` : ""}
    FROM (SELECT 1 AS "one") one
    LEFT JOIN "Practitioner" pr ON pr."id" = ${bind(practitioner?.practitionerId ?? "")}
    LEFT JOIN "Booking" b
      ON b."patientId" = ${bind(args.patientId)} AND b."id" <> ${bind(args.excludeBookingId)}
      AND ((CAST(b."status" AS TEXT) IN (${bind(first)}, ${bind(second)})
            AND b."startsAt" > ${bind(sqlTime(args.overlapsFrom))} AND b."startsAt" < ${bind(sqlTime(args.endsAt))} AND b."endsAt" > ${bind(startsAt)})
        OR (b."procedureId" = ${bind(args.upcomingOf)} AND CAST(b."status" AS TEXT) IN (${bind(first)}, ${bind(second)})
            AND b."startsAt" > ${bind(sqlTime(args.upcomingAfter))})
        OR (b."procedureId" IN (SELECT pp."requiredId" FROM "ProcedurePrerequisite" pp WHERE pp."procedureId" = ${bind(args.prerequisitesOf)})
            AND (CAST(b."status" AS TEXT) = ${bind("COMPLETED")}
                 OR (CAST(b."status" AS TEXT) IN (${bind(first)}, ${bind(second)}) AND b."endsAt" <= ${bind(startsAt)}))))
    ORDER BY b."startsAt" ASC`;
  const rows = await asSql(client).rows<{
    title: string | null;
    timeOff: unknown;
    id: string | null;
    reference: string;
    procedureId: string;
    status: string;
    startsAt: unknown;
    endsAt: unknown;
  }>(text, values);
  const found = rows[0];
  return {
    bookings: rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        id: r.id!,
        reference: r.reference,
        procedureId: r.procedureId,
        status: r.status as BookingStatus,
        startsAt: fromSqlTime(r.startsAt),
        endsAt: fromSqlTime(r.endsAt),
      })),
    practitioner: practitioner && found?.title != null ? { title: found.title, timeOff: flag(found.timeOff) } : null,
  };
}

/** Another booking already has this reference (about 1 in 20 million): draw another. */
export class ReferenceInUseError extends Error {
  constructor() {
    super("booking reference already in use");
    this.name = "ReferenceInUseError";
  }
}

export type NewBookingRow = {
  reference: string;
  patientId: string;
  procedureId: string;
  practitionerId: string;
  startsAt: Date;
  endsAt: Date;
  blockedUntil: Date;
  status: BookingStatus;
  bookedById: string | null;
};

/**
 * Inserts a booking as Prisma's create did (a cuid, version 1, created and
 * updated now) and returns its columns. On the driver the row is batched
 * with the transaction's next inserts (raw-insert `batch`); a reference
 * already in use fails as ReferenceInUseError.
 */
export async function insertBooking(client: SqlTarget, row: NewBookingRow) {
  const id = newRowId();
  const createdAt = new Date();
  const at = sqlTime(createdAt);
  await insertRows(
    client,
    "Booking",
    ["id", "reference", "patientId", "procedureId", "practitionerId", "startsAt", "endsAt", "blockedUntil", "status", "version", "createdAt", "updatedAt", "bookedById"],
    [
      [
        id,
        row.reference,
        row.patientId,
        row.procedureId,
        row.practitionerId,
        sqlTime(row.startsAt),
        sqlTime(row.endsAt),
        sqlTime(row.blockedUntil),
        row.status,
        1,
        at,
        at,
        row.bookedById,
      ],
    ],
    { batch: true, errorAs: (error) => (isRawUniqueViolation(error, ["reference"]) ? new ReferenceInUseError() : undefined) },
  );
  return { id, reference: row.reference, status: row.status, startsAt: row.startsAt, endsAt: row.endsAt, version: 1, createdAt, patientId: row.patientId };
}
