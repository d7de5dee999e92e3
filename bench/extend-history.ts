// Older history for the history-independence runs (`--bookings 1000000`):
// the filled clinic's last 52 weeks of past bookings, copied back a year at a
// time (53 weeks, so weekdays line up and copies never touch one another or
// the filled two years), until the database holds the asked-for number of
// bookings. Done in SQL inside the database itself, one INSERT … SELECT per
// year, so 900 000 rows take seconds on SQLite and on PostgreSQL alike (the
// PostgreSQL copy step then moves only the 100 000 filled rows).
//
// Years-old history looks as it would: the same weekly rhythm and patients,
// statuses of the past (flags reviewed long ago read as COMPLETED), their
// booking screenings with them, and no slot claims (claims exist only for
// time still held).
import { withoutPerRowTriggers } from "./per-row-triggers";
import Database from "better-sqlite3";
import pg from "pg";
import { REFERENCE_ALPHABET, REFERENCE_LENGTH } from "@/lib/booking/reference";
import { sqliteDateTime } from "./sqlite-time";

const DAY_MS = 24 * 60 * 60 * 1000;
const SOURCE_DAYS = 364;
const SHIFT_DAYS = 371;

type Dialect = "sqlite" | "postgres";

const BOOKING_COLUMNS = ["id", "reference", "patientId", "procedureId", "practitionerId", "startsAt", "endsAt", "blockedUntil", "status", "version", "reminderSentAt", "createdAt", "updatedAt"];
const SCREENING_COLUMNS = ["id", "bookingId", "kind", "questionnaireVersion", "answers", "outcome", "reasons", "earliestSuggestedDate", "submittedById", "submittedAt"];

const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");

function instantLiteral(dialect: Dialect, ms: number): string {
  return dialect === "sqlite" ? `'${sqliteDateTime(ms)}'` : `TIMESTAMP '${new Date(ms).toISOString().slice(0, 23).replace("T", " ")}'`;
}

function shifted(dialect: Dialect, column: string, days: number): string {
  return dialect === "sqlite"
    ? `strftime('%Y-%m-%dT%H:%M:%f+00:00', ${column}, '-${days} days')`
    : `(${column} - INTERVAL '${days} days')`;
}

/**
 * The app's reference format ("CB-" + 5 characters), from a running index
 * through the same bijection as `referenceFor` in fill-data/ids.ts, written
 * as integer arithmetic both databases evaluate alike. Indexes continue after
 * the filled bookings', so references never repeat.
 */
function referenceSql(indexExpression: string): string {
  const base = REFERENCE_ALPHABET.length;
  const space = base ** REFERENCE_LENGTH;
  const code = `((${indexExpression}) * 1000003 + 7919) % ${space}`;
  const digits = Array.from({ length: REFERENCE_LENGTH }, (_, i) => {
    const weight = base ** (REFERENCE_LENGTH - 1 - i);
    return `substr('${REFERENCE_ALPHABET}', CAST((${code}) / ${weight} % ${base} AS INTEGER) + 1, 1)`;
  });
  return `'CB-' || ${digits.join(" || ")}`;
}

/** The statements that add `count` bookings, copy by copy; each a plain SQL string for the given database. */
export function historyStatements(dialect: Dialect, input: { now: Date; existingBookings: number; count: number; perYear: number }): string[] {
  const sourceEnd = input.now.getTime();
  const sourceStart = sourceEnd - SOURCE_DAYS * DAY_MS;
  const statements: string[] = [];
  let added = 0;
  for (let year = 1; added < input.count; year++) {
    const take = Math.min(input.perYear, input.count - added);
    const days = SHIFT_DAYS * year;
    // Ids stay cuid-shaped: "c", then the copy's mark, then the original's tail.
    const newId = (column: string) => `'ch${year.toString(36)}' || substr(${column}, 2)`;
    const firstIndex = input.existingBookings + added;
    statements.push(`
      WITH "source" AS (
        SELECT b.*, row_number() OVER (ORDER BY b."id") - 1 AS "n"
          FROM "Booking" b
         WHERE b."startsAt" >= ${instantLiteral(dialect, sourceStart)} AND b."startsAt" < ${instantLiteral(dialect, sourceEnd)}
      )
      INSERT INTO "Booking" (${quoted(BOOKING_COLUMNS)})
      SELECT ${newId(`"id"`)}, ${referenceSql(`"n" + ${firstIndex}`)}, "patientId", "procedureId", "practitionerId",
             ${shifted(dialect, `"startsAt"`, days)}, ${shifted(dialect, `"endsAt"`, days)}, ${shifted(dialect, `"blockedUntil"`, days)},
             CASE WHEN "status" = 'FLAGGED' THEN 'COMPLETED' ELSE "status" END${dialect === "postgres" ? `::"BookingStatus"` : ""},
             "version", ${shifted(dialect, `"reminderSentAt"`, days)}, ${shifted(dialect, `"createdAt"`, days)}, ${shifted(dialect, `"updatedAt"`, days)}
        FROM "source" WHERE "n" < ${take}`);
    statements.push(`
      INSERT INTO "ScreeningResponse" (${quoted(SCREENING_COLUMNS)})
      SELECT ${newId(`s."id"`)}, c."id", s."kind", s."questionnaireVersion", s."answers", s."outcome", s."reasons", s."earliestSuggestedDate", s."submittedById",
             ${shifted(dialect, `s."submittedAt"`, days)}
        FROM "ScreeningResponse" s
        JOIN "Booking" c ON c."id" = ${newId(`s."bookingId"`)}
       WHERE s."kind" = 'BOOKING'`);
    added += take;
  }
  return statements;
}

/** Past bookings in the 52 weeks before `now`: what one copied year holds. */
function perYearSql(dialect: Dialect, now: Date): string {
  return `SELECT count(*) AS n FROM "Booking" WHERE "startsAt" >= ${instantLiteral(dialect, now.getTime() - SOURCE_DAYS * DAY_MS)} AND "startsAt" < ${instantLiteral(dialect, now.getTime())}`;
}

export type HistoryResult = { seconds: number; added: number; years: number; screeningResponses: number };

export function extendHistorySqlite(file: string, now: Date, totalBookings: number): HistoryResult {
  const started = performance.now();
  const sqlite = new Database(file);
  try {
    sqlite.pragma("synchronous = OFF");
    sqlite.pragma("cache_size = -200000");
    const existing = (sqlite.prepare(`SELECT count(*) AS n FROM "Booking"`).get() as { n: number }).n;
    const screeningsBefore = (sqlite.prepare(`SELECT count(*) AS n FROM "ScreeningResponse"`).get() as { n: number }).n;
    const perYear = (sqlite.prepare(perYearSql("sqlite", now)).get() as { n: number }).n;
    const count = totalBookings - existing;
    if (count <= 0) return { seconds: 0, added: 0, years: 0, screeningResponses: 0 };
    if (perYear === 0) throw new Error("No past bookings to copy back as older history");
    const statements = historyStatements("sqlite", { now, existingBookings: existing, count, perYear });
    // A rollback journal for the bulk insert: new pages are not journaled at
    // all, where WAL would write each of them twice (log, then checkpoint).
    // The file's own mode is put back afterwards.
    const mode = String(sqlite.pragma("journal_mode", { simple: true }));
    sqlite.pragma("journal_mode = DELETE");
    withoutPerRowTriggers(sqlite, () =>
      sqlite.transaction(() => {
        for (const sql of statements) sqlite.exec(sql);
      })(),
    );
    sqlite.pragma(`journal_mode = ${mode}`);
    sqlite.pragma("optimize");
    const screenings = (sqlite.prepare(`SELECT count(*) AS n FROM "ScreeningResponse"`).get() as { n: number }).n;
    return { seconds: (performance.now() - started) / 1000, added: count, years: statements.length / 2, screeningResponses: screenings - screeningsBefore };
  } finally {
    sqlite.close();
  }
}

export async function extendHistoryPostgres(url: string, now: Date, totalBookings: number): Promise<HistoryResult> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
    const existing = await one(`SELECT count(*) AS n FROM "Booking"`);
    const screeningsBefore = await one(`SELECT count(*) AS n FROM "ScreeningResponse"`);
    const perYear = await one(perYearSql("postgres", now));
    const count = totalBookings - existing;
    if (count <= 0) return { seconds: 0, added: 0, years: 0, screeningResponses: 0 };
    if (perYear === 0) throw new Error("No past bookings to copy back as older history");
    const statements = historyStatements("postgres", { now, existingBookings: existing, count, perYear });
    await client.query("BEGIN");
    try {
      for (const sql of statements) await client.query(sql);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
    await client.query(`ANALYZE`);
    const screenings = await one(`SELECT count(*) AS n FROM "ScreeningResponse"`);
    return { seconds: (performance.now() - started) / 1000, added: count, years: statements.length / 2, screeningResponses: screenings - screeningsBefore };
  } finally {
    await client.end();
  }
}
