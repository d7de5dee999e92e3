import "server-only";
import { db } from "@/lib/db/client";
import { placeholder, readRows } from "@/lib/db/read-rows";
import { fromSqlTime, sqlTime } from "@/lib/db/sql-time";
import { isPostgres } from "@/lib/db/text-search";
import type { BookingStatus } from "@/lib/booking/lifecycle";

// The staff queue's reads as plain SQL. Through Prisma a page cost four model
// calls (ids, count, and the rows with their patient, procedure, screenings,
// dismissals and latest decision: seven statements), each compiled anew at
// about half a millisecond (Prisma 6.19 keeps no plan cache). Here a page is
// one statement, handed to the driver (lib/db/read-rows.ts): the page's ids
// from the (status, startsAt, id, …) index with the total beside them, joined to
// the columns the queue shows. The filters vary,
// so the statement is assembled from fixed pieces with bound values only
// (placeholders as each database writes them); PostgreSQL compares the status
// as its enum so the index still serves it.

/** Which bookings the queue shows, resolved as far as the request knows. */
export type QueueSelection = {
  status: BookingStatus;
  from?: Date;
  to?: Date;
  procedureSlug?: string;
  /** An exact reference, or a prefix range on the unique reference index. */
  reference?: { exact: string } | { gte: string; lt: string };
  /** Patients already looked up by name; `like` tests the name on each booking's patient instead. */
  patients?: { in: string[] } | { like: string };
};

/** One booking's row in the queue, before its reasons are worked out. */
export type QueueRow = {
  id: string;
  reference: string;
  status: BookingStatus;
  startsAt: Date;
  accountName: string | null;
  legalName: string | null;
  procedureName: string;
  procedureSlug: string;
  lastDecisionAt: Date | null;
  /** Newest first (submittedAt, then id), as the rules expect. */
  screenings: { id: string; reassessedFromId: string | null; outcome: "CLEAR" | "FLAGGED"; submittedAt: Date; reasons: string; dismissals: { code: string }[] }[];
};

class Statement {
  readonly values: unknown[] = [];
  private readonly postgres = isPostgres();

  /** A bound value's placeholder. */
  value(v: unknown): string {
    this.values.push(v);
    return placeholder(this.values.length);
  }

  status(status: BookingStatus): string {
    return this.postgres ? `${this.value(status)}::"BookingStatus"` : this.value(status);
  }

  get like(): string {
    return this.postgres ? "ILIKE" : "LIKE";
  }

  /**
   * The profile index that holds each patient's name beside their id. SQLite
   * always prefers the unique userId index for an equality, then reads the
   * profile's row for the name, so it is named here; PostgreSQL picks it alone.
   */
  get profileNames(): string {
    return this.postgres ? "" : `INDEXED BY "PatientProfile_userId_legalName_idx"`;
  }
}

function whereOf(s: Statement, selection: QueueSelection): string {
  const where = [`b."status" = ${s.status(selection.status)}`];
  if (selection.from) where.push(`b."startsAt" >= ${s.value(sqlTime(selection.from))}`);
  if (selection.to) where.push(`b."startsAt" < ${s.value(sqlTime(selection.to))}`);
  if (selection.procedureSlug !== undefined) {
    where.push(`b."procedureId" IN (SELECT pr."id" FROM "Procedure" pr WHERE pr."slug" = ${s.value(selection.procedureSlug)})`);
  }
  const ref = selection.reference;
  if (ref && "exact" in ref) where.push(`b."reference" = ${s.value(ref.exact)}`);
  if (ref && "gte" in ref) where.push(`b."reference" >= ${s.value(ref.gte)} AND b."reference" < ${s.value(ref.lt)}`);
  const patients = selection.patients;
  if (patients && "in" in patients) {
    where.push(patients.in.length === 0 ? "1 = 0" : `b."patientId" IN (${patients.in.map((id) => s.value(id)).join(", ")})`);
  }
  if (patients && "like" in patients) {
    where.push(
      `EXISTS (SELECT 1 FROM "PatientProfile" pp ${s.profileNames} WHERE pp."userId" = b."patientId" AND pp."legalName" ${s.like} ${s.value(patients.like)} ESCAPE '\\')`,
    );
  }
  return where.join(" AND ");
}

// The columns the queue shows, for the bookings in `page` (a subquery of ids):
// a row per screening response and dismissal, newest response first.
function rowsOf(page: string, extra = ""): string {
  return `
    SELECT b."id", b."reference", CAST(b."status" AS TEXT) AS "status", b."startsAt",
           u."name" AS "accountName", pp."legalName", pr."name" AS "procedureName", pr."slug" AS "procedureSlug",
           (SELECT MAX(r."createdAt") FROM "Review" r WHERE r."bookingId" = b."id") AS "lastDecisionAt",
           s."id" AS "screeningId", s."reassessedFromId", CAST(s."outcome" AS TEXT) AS "outcome", s."submittedAt", s."reasons",
           d."code" AS "dismissedCode"${extra}
    FROM (${page}) page
    JOIN "Booking" b ON b."id" = page."id"
    JOIN "User" u ON u."id" = b."patientId"
    LEFT JOIN "PatientProfile" pp ON pp."userId" = b."patientId"
    JOIN "Procedure" pr ON pr."id" = b."procedureId"
    LEFT JOIN "ScreeningResponse" s ON s."bookingId" = b."id"
    LEFT JOIN "ScreeningReasonDismissal" d ON d."responseId" = s."id"
    ORDER BY b."startsAt" ASC, b."id" ASC, s."submittedAt" DESC, s."id" DESC`;
}

type RawRow = Record<string, unknown>;

function grouped(raw: RawRow[]): QueueRow[] {
  const rows: QueueRow[] = [];
  let current: QueueRow | undefined;
  let screening: QueueRow["screenings"][number] | undefined;
  for (const r of raw) {
    if (!current || current.id !== r.id) {
      current = {
        id: String(r.id),
        reference: String(r.reference),
        status: String(r.status) as BookingStatus,
        startsAt: fromSqlTime(r.startsAt),
        accountName: r.accountName == null ? null : String(r.accountName),
        legalName: r.legalName == null ? null : String(r.legalName),
        procedureName: String(r.procedureName),
        procedureSlug: String(r.procedureSlug),
        lastDecisionAt: r.lastDecisionAt == null ? null : fromSqlTime(r.lastDecisionAt),
        screenings: [],
      };
      screening = undefined;
      rows.push(current);
    }
    if (r.screeningId == null) continue;
    if (!screening || screening.id !== r.screeningId) {
      screening = {
        id: String(r.screeningId),
        reassessedFromId: r.reassessedFromId == null ? null : String(r.reassessedFromId),
        outcome: String(r.outcome) as "CLEAR" | "FLAGGED",
        submittedAt: fromSqlTime(r.submittedAt),
        reasons: String(r.reasons),
        dismissals: [],
      };
      current.screenings.push(screening);
    }
    if (r.dismissedCode != null) screening.dismissals.push({ code: String(r.dismissedCode) });
  }
  return rows;
}

/**
 * One page of the queue in order, with the number of bookings the selection
 * matches. The total rides on the page's rows as a scalar subquery (a window
 * count over the rows cost ten times more on SQLite); a page past the end has
 * no rows, so then it is counted on its own.
 */
export async function selectQueuePage(selection: QueueSelection, skip: number, take: number): Promise<{ rows: QueueRow[]; total: number }> {
  const s = new Statement();
  const page = selection.patients && "like" in selection.patients ? matchesOnce(s, selection, skip, take) : indexedPage(s, selection, skip, take);
  const raw = await readRows<RawRow>(db, rowsOf(page, `, page."total"`), s.values);
  if (raw.length > 0) return { rows: grouped(raw), total: Number(raw[0]!.total) };
  return { rows: [], total: skip === 0 ? 0 : await countQueue(selection) };
}

// The page's ids with the total beside them.
function indexedPage(s: Statement, selection: QueueSelection, skip: number, take: number): string {
  // Placeholders are numbered in the order the text is written: the total's first.
  const total = totalOf(s, selection);
  return `SELECT b."id", ${total} AS "total" FROM "Booking" b WHERE ${whereOf(s, selection)}
    ORDER BY b."startsAt" ASC, b."id" ASC LIMIT ${s.value(take)} OFFSET ${s.value(skip)}`;
}

/**
 * How many bookings the selection matches. A status alone (the queue as it
 * opens) reads the count the database's triggers keep for it
 * (BookingStatusCount): counting the status's index entries cost about 0.3 ms
 * a page at 5 000 flagged bookings, and grew with them. Any other filter is
 * counted from the index.
 */
function totalOf(s: Statement, selection: QueueSelection): string {
  const { status, ...filters } = selection;
  if (Object.values(filters).every((filter) => filter === undefined)) {
    return `COALESCE((SELECT c."count" FROM "BookingStatusCount" c WHERE c."status" = ${s.status(status)}), 0)`;
  }
  return `(SELECT COUNT(*) FROM "Booking" b WHERE ${whereOf(s, selection)})`;
}

// A name tested on each booking's patient is the costly part of a search:
// test it once, keep the matches, and count and page those (materialized, so
// neither database folds the matches back into two scans).
function matchesOnce(s: Statement, selection: QueueSelection, skip: number, take: number): string {
  return `WITH m AS MATERIALIZED (SELECT b."id", b."startsAt" FROM "Booking" b WHERE ${whereOf(s, selection)})
    SELECT m."id", (SELECT COUNT(*) FROM m) AS "total" FROM m
    ORDER BY m."startsAt" ASC, m."id" ASC LIMIT ${s.value(take)} OFFSET ${s.value(skip)}`;
}

async function countQueue(selection: QueueSelection): Promise<number> {
  const s = new Statement();
  const raw = await readRows<{ total: unknown }>(db, `SELECT ${totalOf(s, selection)} AS "total"`, s.values);
  return Number(raw[0]!.total);
}

/** The ids of every booking the selection matches, in queue order, up to `limit`. */
export async function selectQueueIds(selection: QueueSelection, limit: number): Promise<string[]> {
  const s = new Statement();
  const raw = await readRows<{ id: string }>(
    db,
    `SELECT b."id" FROM "Booking" b WHERE ${whereOf(s, selection)} ORDER BY b."startsAt" ASC, b."id" ASC LIMIT ${s.value(limit)}`,
    s.values,
  );
  return raw.map((row) => row.id);
}

/** The queue's rows for these bookings (in queue order; the caller orders them as it needs). */
export async function selectQueueRows(ids: string[]): Promise<QueueRow[]> {
  if (ids.length === 0) return [];
  const s = new Statement();
  const page = `SELECT b."id" FROM "Booking" b WHERE b."id" IN (${ids.map((id) => s.value(id)).join(", ")})`;
  return grouped(await readRows<RawRow>(db, rowsOf(page), s.values));
}

/** The clinic's time zone, read only when the filters have dates. */
export async function selectClinicTimeZone(): Promise<string | null> {
  const raw = await readRows<{ timeZone: string }>(db, `SELECT c."timeZone" FROM "Clinic" c WHERE c."id" = 'clinic'`);
  return raw[0]?.timeZone ?? null;
}
