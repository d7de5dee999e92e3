import cuid from "cuid";
import { placeholder } from "./read-rows";
import { asSql, type SqlTarget } from "./sql-transaction";

// Inserts as plain SQL. Each Prisma model call costs about half a millisecond
// of query compiling before it reaches the database (Prisma 6.19 keeps no plan
// cache); a raw statement skips it, and one statement can write several rows
// of a table. What Prisma filled in for a model write is filled in here: ids
// are cuids from the same library Prisma's @default(cuid()) bundles, and
// DateTime columns are bound with sqlTime (lib/db/sql-time.ts), as each
// database stores them. One statement text for both databases except the
// placeholders (SQLite `?`, PostgreSQL `$n`).

/** A new row id, in the form Prisma's @default(cuid()) gives. */
export function newRowId(): string {
  return cuid();
}

/**
 * One INSERT of `rows` into `table`. Table and column names come from the
 * caller's code, never from input; every value is bound. A unique violation
 * is an error isRawUniqueViolation recognises.
 */
export async function insertRows(
  client: SqlTarget,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  if (rows.length === 0) return;
  let n = 0;
  const values = rows
    .map((row) => {
      if (row.length !== columns.length) throw new Error(`${table}: ${row.length} values for ${columns.length} columns`);
      return `(${row.map(() => placeholder(++n)).join(", ")})`;
    })
    .join(", ");
  const names = columns.map((c) => `"${c}"`).join(", ");
  await asSql(client).run(`INSERT INTO "${table}" (${names}) VALUES ${values}`, rows.flat());
}
