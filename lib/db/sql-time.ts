import { isPostgres } from "./text-search";

// Instants in raw SQL, bound and read as each database stores them: SQLite
// holds Prisma's ISO text ("…+00:00") and compares it as text; PostgreSQL
// takes and gives the instant itself.

/** An instant as a bound parameter that compares correctly in this database. */
export function sqlTime(instant: Date): Date | string {
  return isPostgres() ? instant : instant.toISOString().replace(/Z$/, "+00:00");
}

/** A time column read by raw SQL (a Date on PostgreSQL, ISO text on SQLite). */
export function fromSqlTime(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}
