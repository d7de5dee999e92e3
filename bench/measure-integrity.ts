// After the load: the database must agree with what the load generator was
// told, and no practitioner may hold the same time twice. Reads the SQLite
// file directly, or the PostgreSQL database with the same SQL.
import Database from "better-sqlite3";
import pg from "pg";

/** Where the benchmark's data is: the SQLite file, or a PostgreSQL URL. */
export type BenchDatabase = { file: string; postgresUrl?: string };

async function pgQuery<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Bookings per patient, on either database. */
export async function bookingsByPatientIn(db: BenchDatabase, patientIds: string[]): Promise<Map<string, number>> {
  if (!db.postgresUrl) return bookingsByPatient(db.file, patientIds);
  const rows = await pgQuery<{ id: string; n: string }>(
    db.postgresUrl,
    `SELECT "patientId" AS id, count(*) AS n FROM "Booking" WHERE "patientId" = ANY($1) GROUP BY "patientId"`,
    [patientIds],
  );
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

export async function overlappingBookingPairsIn(db: BenchDatabase): Promise<{ pairs: number; examples: unknown[] }> {
  if (!db.postgresUrl) return overlappingBookingPairs(db.file);
  const [row] = await pgQuery<{ n: string }>(db.postgresUrl, `SELECT count(*) AS n ${OVERLAP_SQL}`);
  const pairs = Number(row?.n ?? 0);
  const examples = pairs > 0 ? await pgQuery(db.postgresUrl, `SELECT a."reference" AS first, b."reference" AS second, a."startsAt" AS at ${OVERLAP_SQL} LIMIT 5`) : [];
  return { pairs, examples };
}

// Statuses whose kept count (BookingStatusCount, kept by triggers) differs from counting the bookings.
const COUNT_DRIFT_SQL = `
  SELECT CAST(COALESCE(k."status", b."status") AS TEXT) AS status, COALESCE(k."count", 0) AS kept, COALESCE(b."n", 0) AS counted
  FROM "BookingStatusCount" k
  FULL JOIN (SELECT "status", COUNT(*) AS "n" FROM "Booking" GROUP BY "status") b ON b."status" = k."status"
  WHERE COALESCE(k."count", 0) <> COALESCE(b."n", 0)`;

/** Statuses whose count the database keeps is not the number of their bookings (none: the counts are right). */
export async function statusCountDriftIn(db: BenchDatabase): Promise<{ status: string; kept: number; counted: number }[]> {
  const rows = db.postgresUrl
    ? await pgQuery<{ status: string; kept: unknown; counted: unknown }>(db.postgresUrl, COUNT_DRIFT_SQL)
    : withSqlite(db.file, (sqlite) => sqlite.prepare(COUNT_DRIFT_SQL).all() as { status: string; kept: unknown; counted: unknown }[]);
  return rows.map((r) => ({ status: r.status, kept: Number(r.kept), counted: Number(r.counted) }));
}

/** `read` on the file, opened read-only and closed after. */
function withSqlite<T>(file: string, read: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(file, { readonly: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}

/** Bookings per patient, for the given patients (absent means none). */
export function bookingsByPatient(file: string, patientIds: string[]): Map<string, number> {
  return withSqlite(file, (sqlite) => {
    const rows = sqlite
      .prepare(`SELECT "patientId" AS id, count(*) AS n FROM "Booking" WHERE "patientId" IN (SELECT value FROM json_each(?)) GROUP BY "patientId"`)
      .all(JSON.stringify(patientIds)) as { id: string; n: number }[];
    return new Map(rows.map((r) => [r.id, r.n]));
  });
}

/** Bookings the given patients gained between two snapshots. */
export function bookingsGained(before: Map<string, number>, after: Map<string, number>, patientIds: Iterable<string>): number {
  let gained = 0;
  for (const id of new Set(patientIds)) gained += (after.get(id) ?? 0) - (before.get(id) ?? 0);
  return gained;
}

/**
 * Pairs of time-holding bookings of one practitioner whose holds
 * [startsAt, blockedUntil) overlap. Each pair is found once, from the booking
 * that starts first, through the (practitionerId, startsAt) index. DateTime
 * columns are ISO text in one format, so text comparison is time order.
 */
export function overlappingBookingPairs(file: string): { pairs: number; examples: unknown[] } {
  return withSqlite(file, (sqlite) => {
    const sql = OVERLAP_SQL;
    const { n } = sqlite.prepare(`SELECT count(*) AS n ${sql}`).get() as { n: number };
    const examples = n > 0 ? sqlite.prepare(`SELECT a."reference" AS first, b."reference" AS second, a."startsAt" AS at ${sql} LIMIT 5`).all() : [];
    return { pairs: n, examples };
  });
}

const OVERLAP_SQL = `
      FROM "Booking" a JOIN "Booking" b
        ON b."practitionerId" = a."practitionerId"
       AND b."startsAt" >= a."startsAt" AND b."startsAt" < a."blockedUntil"
       AND (b."startsAt" > a."startsAt" OR b."id" > a."id")
     WHERE a."status" IN ('CONFIRMED', 'FLAGGED') AND b."status" IN ('CONFIRMED', 'FLAGGED')`;

/** Filters for the staff queue search that match real flagged bookings in the data. */
export function queueSearchParams(file: string, fromIso: string, toIso: string): { surname: string; procedureSlug: string } {
  return withSqlite(file, (sqlite) => {
    const row = sqlite
      .prepare(
        `SELECT pp."legalName" AS name, pr."slug" AS slug
           FROM "Booking" b JOIN "PatientProfile" pp ON pp."userId" = b."patientId" JOIN "Procedure" pr ON pr."id" = b."procedureId"
          WHERE b."status" = 'FLAGGED' AND b."startsAt" >= ? AND b."startsAt" < ? AND pp."legalName" NOT LIKE '% % %'
          ORDER BY b."startsAt" LIMIT 1`,
      )
      .get(fromIso, toIso) as { name: string; slug: string } | undefined;
    if (!row) return { surname: "Smith", procedureSlug: "initial-consultation" };
    return { surname: row.name.split(" ").at(-1)!, procedureSlug: row.slug };
  });
}
