import cuid from "cuid";
import { assertRowsFit, insertStatement } from "./insert-statement";
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
 *
 * `atCommit`: nothing in the transaction reads these rows back, so on the
 * driver (sql-transaction.ts) they may be held and sent with the
 * transaction's other such inserts just before COMMIT; a failure then fails
 * the commit. Elsewhere they are sent now.
 */
export async function insertRows(
  client: SqlTarget,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  { atCommit = false }: { atCommit?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const insert = { table, columns, rows };
  const sql = asSql(client);
  if (atCommit && sql.holdForCommit) {
    // Checked now, so a malformed row fails where it was written.
    assertRowsFit(insert);
    sql.holdForCommit(insert);
    return;
  }
  const { text, values } = insertStatement(insert);
  await sql.run(text, values);
}
