import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { getClinic } from "@/lib/clinic/clinic-data";
import { addClinicDays } from "@/lib/availability/clinic-date";
import { clinicInstant } from "@/lib/availability/clinic-time";
import type { BookingStatus } from "@/lib/booking/lifecycle";
import { QUEUE_PAGE_SIZE, referencePrefix, type QueueFilters } from "./queue-filters";
import { dismissalsOf, standingReasons } from "@/lib/screening/standing-reasons";
import { parseStoredReasons } from "@/lib/screening/stored-response";
import { reasonChipLabel } from "./reason-chip-labels";
import { flaggedSince } from "./waited-for";
import { containsIgnoringCase, isPostgres } from "@/lib/db/text-search";

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
 * status + date order ride Booking(status, startsAt, id), which also answers
 * the count; a name search is "patientId IN (…)" on
 * Booking(status, patientId, startsAt, id); a reference search is a range on
 * the unique reference index; only the columns the queue shows are read.
 */
export async function findQueuePage(filters: QueueFilters): Promise<QueuePage> {
  const where = await queueWhere(filters);
  const skip = (filters.page - 1) * QUEUE_PAGE_SIZE;
  // Two steps ("deferred join"): the page's ids come from the
  // (status, startsAt, id) index alone, however deep the page; only those 25
  // rows are then read with their relations.
  const pageIds = await db.booking.findMany({
    where,
    // id breaks ties between bookings at the same time, so pages never overlap.
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    skip,
    take: QUEUE_PAGE_SIZE,
    select: { id: true },
  });
  // A short first page is the whole answer: no need to count.
  const total =
    skip === 0 && pageIds.length < QUEUE_PAGE_SIZE ? pageIds.length : await db.booking.count({ where });
  if (pageIds.length === 0) return { items: [], page: filters.page, pageSize: QUEUE_PAGE_SIZE, total };

  const items = await readQueueItems(pageIds.map((row) => row.id));
  return { items, page: filters.page, pageSize: QUEUE_PAGE_SIZE, total };
}

// The CSV export reads at most this many rows; the page says so when it stops.
export const QUEUE_EXPORT_LIMIT = 10_000;
// Rows read per round trip: under Prisma's 999 bound values per query.
const EXPORT_CHUNK = 500;

/** Every booking the filters match (ignoring the page), up to QUEUE_EXPORT_LIMIT, in queue order. */
export async function findQueueForExport(filters: QueueFilters): Promise<{ items: QueueItem[]; truncated: boolean }> {
  const where = await queueWhere(filters);
  const ids = await db.booking.findMany({
    where,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: QUEUE_EXPORT_LIMIT + 1,
    select: { id: true },
  });
  const wanted = ids.slice(0, QUEUE_EXPORT_LIMIT).map((row) => row.id);
  const items: QueueItem[] = [];
  for (let i = 0; i < wanted.length; i += EXPORT_CHUNK) items.push(...(await readQueueItems(wanted.slice(i, i + EXPORT_CHUNK))));
  return { items, truncated: ids.length > QUEUE_EXPORT_LIMIT };
}

/** The queue's columns for these bookings, in the order of the ids given. */
async function readQueueItems(ids: string[]): Promise<QueueItem[]> {
  const rows = await db.booking.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      reference: true,
      status: true,
      startsAt: true,
      patient: { select: { name: true, profile: { select: { legalName: true } } } },
      procedure: { select: { name: true, slug: true } },
      screenings: {
        select: { id: true, reassessedFromId: true, outcome: true, submittedAt: true, reasons: true, dismissals: { select: { code: true } } },
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      },
      reviews: { select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return []; // deleted between the two reads
    return [
      {
        id: row.id,
        reference: row.reference,
        status: row.status,
        startsAt: row.startsAt,
        patientName: row.patient.profile?.legalName ?? row.patient.name ?? "(no name)",
        procedureName: row.procedure.name,
        procedureSlug: row.procedure.slug,
        // Codes and short labels only: the full messages quote health answers,
        // and reading those is an audited view on the review page.
        reasons: latestStandingReasons(row.screenings).map((r) => ({ code: r.code, label: reasonChipLabel(r.code) })),
        flaggedSince: flaggedSince(row.screenings, row.reviews[0]?.createdAt ?? null),
      },
    ];
  });
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

async function queueWhere(filters: QueueFilters): Promise<Prisma.BookingWhereInput> {
  const where: Prisma.BookingWhereInput = { status: filters.status };
  let window: { from?: Date; to?: Date } = {};
  if (filters.from || filters.to) {
    const { timeZone } = await getClinic();
    window = {
      ...(filters.from ? { from: clinicInstant(filters.from, "00:00", timeZone) } : {}),
      ...(filters.to ? { to: clinicInstant(addClinicDays(filters.to, 1), "00:00", timeZone) } : {}),
    };
    where.startsAt = { ...(window.from ? { gte: window.from } : {}), ...(window.to ? { lt: window.to } : {}) };
  }
  if (filters.procedure) {
    // Resolved first so the booking query filters on procedureId, not a join.
    const procedure = await db.procedure.findUnique({ where: { slug: filters.procedure }, select: { id: true } });
    where.procedureId = procedure?.id ?? "no-such-procedure";
  }
  if (filters.q) {
    const prefix = referencePrefix(filters.q);
    if (prefix) {
      // A range on the unique reference index: LIKE would scan, SQLite's LIKE ignores case and indexes.
      where.reference = prefix.length === 8 ? prefix : { gte: prefix, lt: `${prefix}\u{10FFFF}` };
    } else {
      const ids = await patientIdsNamed(filters.q, filters.status, window);
      where.patientId = ids ?? undefined;
      if (!ids) where.patient = { profile: { is: { legalName: containsIgnoringCase(filters.q) } } };
    }
  }
  return where;
}

// Prisma's SQLite driver allows 999 bound values per query.
const MAX_NAME_MATCHES = 900;

/**
 * `{ in: ids }` of the patients whose legal name contains the text, ignoring
 * case (and, when both dates are given, who have a booking of this status in
 * the window). Looked up first
 * so the booking query uses the (status, patientId, startsAt, id) index
 * rather than a join that reads every booking of that status. The lookup
 * itself starts from the bookings in the window (the (status, startsAt)
 * index) and reads only their patients' names, instead of testing every
 * patient's name: with a date window its cost no longer grows with the
 * number of patients or the clinic's history (without both dates, every
 * patient's name is tested, as before). The answer is the same, as the
 * booking query applies the same status and window. A very broad search
 * (more matches than fit in one query) returns null and falls back to that
 * join: slower, still right.
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
  // The broad fallback below uses `contains`; with a wildcard in the text it
  // would over-match, so such a search keeps the first matches only.
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
