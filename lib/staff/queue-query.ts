import "server-only";
import { db } from "@/lib/db/client";
import { clinicNotSetUp } from "@/lib/clinic/clinic-data";
import { addClinicDays } from "@/lib/availability/clinic-date";
import { clinicInstant } from "@/lib/availability/clinic-time";
import type { BookingStatus } from "@/lib/booking/lifecycle";
import { QUEUE_PAGE_SIZE, referencePrefix, type QueueFilters } from "./queue-filters";
import { dismissalsOf, standingReasons } from "@/lib/screening/standing-reasons";
import { parseStoredReasons } from "@/lib/screening/stored-response";
import { reasonChipLabel } from "./reason-chip-labels";
import { flaggedSince } from "./waited-for";
import { isPostgres } from "@/lib/db/text-search";
import { selectClinicTimeZone, selectQueueIds, selectQueuePage, selectQueueRows, type QueueRow, type QueueSelection } from "./queue-sql";

export type QueueItem = {
  id: string;
  reference: string;
  status: BookingStatus;
  startsAt: Date;
  patientName: string;
  procedureName: string;
  procedureSlug: string;
  /** From the latest screening response: codes and plain messages, no answers. */
  reasons: { code: string; label: string }[];
  /** When the booking started waiting for review; null if no screening flagged it. */
  flaggedSince: Date | null;
};

export type QueuePage = { items: QueueItem[]; page: number; pageSize: number; total: number };

/**
 * One page of the staff queue, soonest procedure first. Built to stay fast at
 * 100,000 bookings (checked with EXPLAIN QUERY PLAN, see decision 006):
 * status + date order ride Booking(status, startsAt, id, procedureId,
 * patientId), from which a search within dates also tests procedure and
 * patient without reading booking rows; a status alone has its total kept
 * by the database (BookingStatusCount), any other filter is counted from an index; a
 * name search without both dates is "patientId IN (…)" on
 * Booking(status, patientId, startsAt, id); a reference search is a range on
 * the unique reference index; only the columns the queue shows are read. The
 * page and its total are one plain statement (queue-sql.ts, decision 012).
 */
export async function findQueuePage(filters: QueueFilters): Promise<QueuePage> {
  const selection = await queueSelection(filters);
  const skip = (filters.page - 1) * QUEUE_PAGE_SIZE;
  const { rows, total } = await selectQueuePage(selection, skip, QUEUE_PAGE_SIZE);
  return { items: rows.map(queueItem), page: filters.page, pageSize: QUEUE_PAGE_SIZE, total };
}

// The CSV export reads at most this many rows; the page says so when it stops.
export const QUEUE_EXPORT_LIMIT = 10_000;
// Rows read per round trip: under SQLite's 999 bound values per statement.
const EXPORT_CHUNK = 500;

/** Every booking the filters match (ignoring the page), up to QUEUE_EXPORT_LIMIT, in queue order. */
export async function findQueueForExport(filters: QueueFilters): Promise<{ items: QueueItem[]; truncated: boolean }> {
  const ids = await selectQueueIds(await queueSelection(filters), QUEUE_EXPORT_LIMIT + 1);
  const wanted = ids.slice(0, QUEUE_EXPORT_LIMIT);
  const items: QueueItem[] = [];
  for (let i = 0; i < wanted.length; i += EXPORT_CHUNK) items.push(...(await readQueueItems(wanted.slice(i, i + EXPORT_CHUNK))));
  return { items, truncated: ids.length > QUEUE_EXPORT_LIMIT };
}

/** The queue's columns for these bookings, in the order of the ids given. */
async function readQueueItems(ids: string[]): Promise<QueueItem[]> {
  const byId = new Map((await selectQueueRows(ids)).map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [queueItem(row)] : []; // deleted between the two reads
  });
}

function queueItem(row: QueueRow): QueueItem {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    startsAt: row.startsAt,
    patientName: row.legalName ?? row.accountName ?? "(no name)",
    procedureName: row.procedureName,
    procedureSlug: row.procedureSlug,
    // Codes and short labels only: the full messages quote health answers,
    // and reading those is an audited view on the review page.
    reasons: latestStandingReasons(row.screenings).map((r) => ({ code: r.code, label: reasonChipLabel(r.code) })),
    flaggedSince: flaggedSince(row.screenings, row.lastDecisionAt),
  };
}

/** The latest response's reasons, less any a nurse set aside (they no longer call for review). */
function latestStandingReasons(
  screenings: { id: string; reassessedFromId: string | null; reasons: string; dismissals: { code: string }[] }[],
) {
  const latest = screenings[0];
  if (!latest) return [];
  return standingReasons(
    parseStoredReasons(latest.reasons),
    dismissalsOf(latest, screenings).map((d) => d.code),
  );
}

/** Procedures for the queue's filter list. */
export async function listProcedureOptions(): Promise<{ slug: string; name: string }[]> {
  return db.procedure.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } });
}

async function queueSelection(filters: QueueFilters): Promise<QueueSelection> {
  const selection: QueueSelection = { status: filters.status };
  if (filters.from || filters.to) {
    const timeZone = await selectClinicTimeZone();
    if (!timeZone) throw clinicNotSetUp();
    if (filters.from) selection.from = clinicInstant(filters.from, "00:00", timeZone);
    if (filters.to) selection.to = clinicInstant(addClinicDays(filters.to, 1), "00:00", timeZone);
  }
  // Matched inside the statement: an unknown slug matches no booking.
  if (filters.procedure) selection.procedureSlug = filters.procedure;
  if (filters.q) {
    const prefix = referencePrefix(filters.q);
    if (prefix) {
      // A range on the unique reference index: LIKE would scan, SQLite's LIKE ignores case and indexes.
      selection.reference = prefix.length === 8 ? { exact: prefix } : { gte: prefix, lt: `${prefix}\u{10FFFF}` };
    } else if (selection.from && selection.to && !/[%_\\]/.test(filters.q)) {
      // Within both dates the page's own statement tests the name on each
      // booking of the window (the (status, startsAt, …) index, then the
      // profile's (userId, legalName) index): the same bookings the two-step
      // lookup below finds, in one statement instead of two.
      selection.patients = { like: `%${escapeLike(filters.q)}%` };
    } else {
      const ids = await patientIdsNamed(filters.q, filters.status, selection);
      selection.patients = ids ?? { like: `%${escapeLike(filters.q)}%` };
    }
  }
  return selection;
}

// Prisma's SQLite driver allows 999 bound values per query.
const MAX_NAME_MATCHES = 900;

/**
 * `{ in: ids }` of the patients whose legal name contains the text, ignoring
 * case (and, when both dates are given, who have a booking of this status in
 * the window). Looked up first
 * so the booking query uses the (status, patientId, startsAt, id) index
 * rather than a join that reads every booking of that status. The lookup
 * itself starts from the bookings in the window (the (status, startsAt, …)
 * index) and reads only their patients' names, instead of testing every
 * patient's name: with a date window its cost no longer grows with the
 * number of patients or the clinic's history (without both dates, every
 * patient's name is tested, as before). The answer is the same, as the
 * booking query applies the same status and window. A very broad search
 * (more matches than fit in one query) returns null and the booking query
 * tests the name on each booking's patient instead: slower, still right.
 */
async function patientIdsNamed(text: string, status: BookingStatus, window: { from?: Date; to?: Date }): Promise<{ in: string[] } | null> {
  // Prisma's `contains` passes % and _ through as LIKE wildcards ("%" would
  // match everyone), so the name search is one escaped LIKE of our own.
  const pattern = `%${escapeLike(text)}%`;
  const limit = MAX_NAME_MATCHES + 1;
  // Two whole statements per database, not an interpolated operator: each
  // database's client has its own SQL-fragment class, so a fragment would be
  // sent as a value. SQLite's LIKE ignores ASCII case; PostgreSQL needs ILIKE
  // (and its status is an enum). Without both ends of a date window, every
  // booking of the status on the open side would be read: testing every
  // patient's name once is cheaper.
  const rows = window.from && window.to
    ? await patientIdsNamedInWindow(pattern, status, window.from, window.to, limit)
    : isPostgres()
      ? await db.$queryRaw<{ userId: string }[]>`
          SELECT "userId" FROM "PatientProfile" WHERE "legalName" ILIKE ${pattern} ESCAPE '\\' LIMIT ${limit}`
      : await db.$queryRaw<{ userId: string }[]>`
          SELECT "userId" FROM "PatientProfile" WHERE "legalName" LIKE ${pattern} ESCAPE '\\' LIMIT ${limit}`;
  if (rows.length <= MAX_NAME_MATCHES) return { in: rows.map((row) => row.userId) };
  // A search with a wildcard in its text has always kept its first matches
  // only (the fallback was once Prisma's unescaped `contains`); unchanged.
  return /[%_\\]/.test(text) ? { in: rows.slice(0, MAX_NAME_MATCHES).map((row) => row.userId) } : null;
}

/** Patients named like the pattern with a booking of this status in [from, to): from the bookings in the window. */
function patientIdsNamedInWindow(pattern: string, status: BookingStatus, from: Date, to: Date, limit: number) {
  return isPostgres()
    ? db.$queryRaw<{ userId: string }[]>`
        SELECT DISTINCT p."userId" FROM "Booking" b JOIN "PatientProfile" p ON p."userId" = b."patientId"
         WHERE b."status" = ${status}::"BookingStatus" AND b."startsAt" >= ${from} AND b."startsAt" < ${to}
           AND p."legalName" ILIKE ${pattern} ESCAPE '\\' LIMIT ${limit}`
    : db.$queryRaw<{ userId: string }[]>`
        SELECT DISTINCT p."userId" FROM "Booking" b JOIN "PatientProfile" p ON p."userId" = b."patientId"
         WHERE b."status" = ${status} AND b."startsAt" >= ${from} AND b."startsAt" < ${to}
           AND p."legalName" LIKE ${pattern} ESCAPE '\\' LIMIT ${limit}`;
}

/** Text for LIKE … ESCAPE '\\': the wildcards and the escape itself, literal. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
