import { isPostgres } from "./text-search";
import { asSql, type SqlTarget } from "./sql-transaction";

// Row locks that make a read-then-write transaction safe with several app
// instances on PostgreSQL's default READ COMMITTED (docs/decisions/011).
// Taken as a transaction's first statement, a lock queues every other
// transaction that takes the same one until this one commits; statements
// after it see everything committed before it was granted. On SQLite the
// transaction already holds the database's single write lock (BEGIN
// IMMEDIATE, docs/decisions/008), so these are no-ops there.

type Tx = SqlTarget;

/** Tables whose rows stand for "one decision at a time" (see each call site). */
export type LockableTable = "User" | "Booking" | "Practitioner" | "ScheduleStamp";

const TABLES: ReadonlySet<LockableTable> = new Set(["User", "Booking", "Practitioner", "ScheduleStamp"]);

/**
 * The schedule stamp's one row (docs/decisions/012), which any write to what
 * slots are computed from locks until commit. A transaction that batches its
 * inserts into one statement takes it before that statement, after its other
 * locks: the statement's triggers bump it only at its end, after its slot
 * claims, which could then wait on a move that holds the stamp and waits on them.
 */
export const SCHEDULE_STAMP = { table: "ScheduleStamp", id: 1, strength: "UPDATE" } as const;

function onPostgres(tx: Tx): boolean {
  // A Prisma client knows which schema it was generated from; the URL is the fallback.
  const provider = (tx as unknown as { _activeProvider?: string })._activeProvider;
  if (provider) return provider === "postgresql" || provider === "postgres";
  return isPostgres();
}

async function lock(tx: Tx, table: LockableTable, id: string, strength: "UPDATE" | "SHARE"): Promise<void> {
  if (!TABLES.has(table)) throw new Error(`not a lockable table: ${table}`);
  if (!onPostgres(tx)) return;
  // The table name comes from the fixed list above; the id is a bound value.
  await asSql(tx).rows(`SELECT 1 FROM "${table}" WHERE "id" = $1 FOR ${strength}`, [id]);
}

/**
 * Exclusive: one transaction at a time per row, for decisions that read
 * other rows first (e.g. "does this patient already hold a booking then?").
 */
export function lockForUpdate(tx: Tx, table: LockableTable, id: string): Promise<void> {
  return lock(tx, table, id, "UPDATE");
}

/**
 * Shared: many transactions at once, but none while another holds the row
 * exclusively (e.g. bookings for a practitioner while staff block time off).
 */
export function lockForShare(tx: Tx, table: LockableTable, id: string): Promise<void> {
  return lock(tx, table, id, "SHARE");
}

export type RowLock = { table: LockableTable; id: string | number; strength: "UPDATE" | "SHARE" };

/**
 * Several row locks in one statement: one round trip on PostgreSQL instead of
 * one each. PostgreSQL takes them in the order of the statement's FOR
 * clauses, which is the order given: keep to the order other transactions
 * take the same locks in (patient, then practitioner, then the schedule stamp).
 */
export async function lockRows(tx: Tx, locks: readonly RowLock[]): Promise<void> {
  if (!onPostgres(tx) || locks.length === 0) {
    checkTables(locks);
    return;
  }
  const values: unknown[] = [];
  await asSql(tx).rows(lockingSelect(locks, (v) => `$${values.push(v)}`), values);
}

/**
 * lockRows' locks taken by a read instead of a statement of their own: the
 * read's SQL goes after `with`, and selects `column` (how many lock rows
 * matched: 1, or 0 when a row does not exist and nothing was locked). The
 * read must give at least one row, or nothing is locked. The
 * read itself sees what was committed when it started, as a read before the
 * locks would; statements after it see everything committed before the
 * locks were granted. Null on SQLite, where the transaction already holds
 * the database's write lock. `bind` gives a bound value's placeholder.
 */
export function lockingRead(locks: readonly RowLock[], bind: (value: unknown) => string): { with: string; column: string } | null {
  if (!isPostgres() || locks.length === 0) {
    checkTables(locks);
    return null;
  }
  // Materialized and counted in the read's columns: PostgreSQL takes the
  // locks when the read produces its first row (so only if it has one).
  return { with: `WITH "locked" AS MATERIALIZED (${lockingSelect(locks, bind)})`, column: `(SELECT COUNT(*) FROM "locked")` };
}

function lockingSelect(locks: readonly RowLock[], bind: (value: unknown) => string): string {
  checkTables(locks);
  // Table names come from the fixed list above; ids are bound.
  const from = locks.map((l, i) => `"${l.table}" l${i + 1}`).join(", ");
  const where = locks.map((l, i) => `l${i + 1}."id" = ${bind(l.id)}`).join(" AND ");
  const clauses = locks.map((l, i) => `FOR ${l.strength} OF l${i + 1}`).join(" ");
  return `SELECT 1 FROM ${from} WHERE ${where} ${clauses}`;
}

function checkTables(locks: readonly RowLock[]): void {
  for (const { table } of locks) if (!TABLES.has(table)) throw new Error(`not a lockable table: ${table}`);
}
