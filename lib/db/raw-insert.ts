import cuid from "@bugsnag/cuid";
import { assertRowsFit, insertStatement, type RowsInsert } from "./insert-statement";
import { asSql, type SqlTarget } from "./sql-transaction";

// Inserts as plain SQL. Each Prisma model call costs about half a millisecond
// of query compiling before it reaches the database (Prisma 6.19 keeps no plan
// cache); a raw statement skips it, and one statement can write several rows
// of a table. What Prisma filled in for a model write is filled in here: ids
// are cuids from @bugsnag/cuid, the generator Prisma's client bundles for
// @default(cuid()); its random blocks come from Math.random, where the `cuid`
// package read crypto.randomBytes for each (about 0.3 ms of a booking), and
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
 * is an error isRawUniqueViolation recognises; `errorAs` may turn a failure
 * into the caller's own error (e.g. a taken slot).
 *
 * `batch`: in a transaction on the driver (sql-transaction.ts) the insert
 * may wait, to be sent with the transaction's other batched inserts just
 * before its next statement or its COMMIT; a failure (through `errorAs`)
 * then comes from that statement or from inSqlTransaction. Elsewhere it is
 * sent now.
 */
export async function insertRows(
  client: SqlTarget,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
  { batch = false, errorAs }: { batch?: boolean; errorAs?: RowsInsert["errorAs"] } = {},
): Promise<void> {
  if (rows.length === 0) return;
  const insert: RowsInsert = { table, columns, rows, errorAs };
  const sql = asSql(client);
  if (batch && sql.addToBatch) {
    // Checked now, so a malformed row fails where it was written.
    assertRowsFit(insert);
    sql.addToBatch(insert);
    return;
  }
  const { text, values } = insertStatement(insert);
  // Kept inserts first, outside the try: their failure is theirs, not this one's.
  await sql.sendBatch?.();
  try {
    await sql.run(text, values);
  } catch (error) {
    throw errorAs?.(error) ?? error;
  }
}
