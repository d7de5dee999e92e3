import type { Prisma, PrismaClient } from "@prisma/client";
import { combinedInsertStatement, insertStatement, type RowsInsert } from "./insert-statement";
import { driverAdapterOf, driverQuery, readRows, rowObjects, type DriverTransaction } from "./read-rows";
import { isPostgres } from "./text-search";

// Plain SQL statements, run either through Prisma or straight on the driver
// adapter Prisma holds. A write path whose statements are all plain SQL (a
// new booking) runs its transaction on the driver: inside Prisma's
// interactive transaction each statement paid about 0.25 ms of Prisma's
// compiling and bookkeeping, against 0.02 ms for the statement itself
// (docs/decisions/012). The transaction is opened through the same adapter
// Prisma uses, so on SQLite it takes the same single writer lock as Prisma's
// (BEGIN IMMEDIATE, serialized-sqlite-adapter) and on PostgreSQL a
// connection of the same pool.

/**
 * As Prisma's transactions here were given: up to this long to get a
 * connection (SQLite: the writer lock), and as long again for the work.
 */
export const TRANSACTION_TIMEOUT_MS = 10_000;

const SQL = Symbol("sql");

/**
 * Plain SQL statements on one connection or transaction. Statements are
 * written with this database's placeholders (read-rows `placeholder`); rows
 * come back as readRows gives them. Errors are the adapter's on the driver
 * and Prisma's otherwise: check unique violations with isRawUniqueViolation,
 * which knows both.
 */
export type Sql = {
  readonly [SQL]: true;
  /** The rows of a read, as objects keyed by column name. */
  rows<T extends Record<string, unknown>>(sql: string, values?: readonly unknown[]): Promise<T[]>;
  /** A write; the number of rows it changed. */
  run(sql: string, values?: readonly unknown[]): Promise<number>;
  /**
   * Only in a transaction on the driver: keeps an insert back, to be sent
   * with the other kept ones just before the transaction's next statement or
   * its COMMIT (raw-insert `batch`). On PostgreSQL they go as one statement:
   * one round trip instead of one each.
   */
  readonly addToBatch?: (insert: RowsInsert) => void;
  /** Sends the inserts addToBatch kept back, now (none kept: nothing). */
  readonly sendBatch?: () => Promise<void>;
};

type PrismaTarget = PrismaClient | Prisma.TransactionClient;

/** Where plain SQL can run: an Sql, or a Prisma client or transaction client. */
export type SqlTarget = Sql | PrismaTarget;

/** `target` as an Sql: Prisma's clients run the statements through Prisma (inside their transaction, if any). */
export function asSql(target: SqlTarget): Sql {
  if (isSql(target)) return target;
  return {
    [SQL]: true,
    rows: (sql, values = []) => readRows(target, sql, values),
    run: (sql, values = []) => target.$executeRawUnsafe(sql, ...values),
  };
}

function isSql(target: SqlTarget): target is Sql {
  return SQL in target;
}

/** A transaction that ran out of time; it was rolled back. */
export class TransactionTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`Transaction did not finish within ${timeoutMs} ms; rolled back`);
    this.name = "TransactionTimeoutError";
  }
}

/**
 * Runs `work` in one transaction on `client`'s driver adapter: COMMIT when it
 * returns, ROLLBACK when it throws or runs out of time (then no later
 * statement of it runs). Waiting to start and the work each have `timeoutMs`.
 * A client without a shared adapter runs it in a Prisma transaction instead,
 * with the same outcome.
 */
export async function inSqlTransaction<T>(
  client: PrismaClient,
  work: (sql: Sql) => Promise<T>,
  { timeoutMs = TRANSACTION_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<T> {
  const adapter = driverAdapterOf(client);
  if (!adapter) return client.$transaction((tx) => work(asSql(tx)), { maxWait: timeoutMs, timeout: timeoutMs });

  const starting = adapter.then((a) => a.startTransaction());
  let tx: DriverTransaction;
  try {
    tx = await withinTime(starting, timeoutMs);
  } catch (error) {
    // Started after all, too late: give the connection (or SQLite's lock) back.
    starting.then(rollBack).catch(() => undefined);
    throw error;
  }

  let open = true;
  // A batched insert that failed dooms the transaction: its caller did not
  // see it fail, so nothing after it may run and the commit is refused.
  let failed: { error: unknown } | null = null;
  const usable = () => {
    if (!open) throw new Error("Transaction already closed: a statement ran after it ended");
    if (failed) throw failed.error;
  };
  const batch: RowsInsert[] = [];
  const sendBatch = async () => {
    usable();
    if (batch.length === 0) return;
    try {
      await sendInserts(tx, batch.splice(0));
    } catch (error) {
      failed = { error };
      throw error;
    }
  };
  // Checked again after the batch: the transaction may have ended meanwhile
  // (timed out), and a statement sent then would run outside it.
  const statement = async <R>(run: () => Promise<R>): Promise<R> => {
    await sendBatch();
    usable();
    return run();
  };
  const sql: Sql = {
    [SQL]: true,
    rows: (text, values = []) => statement(async () => rowObjects(await tx.queryRaw(driverQuery(text, values)))),
    run: (text, values = []) => statement(() => tx.executeRaw(driverQuery(text, values))),
    addToBatch: (insert) => {
      usable();
      batch.push(insert);
    },
    sendBatch,
  };
  const workThenBatch = async () => {
    const value = await work(sql);
    await sendBatch();
    return value;
  };

  let result: T;
  try {
    result = await withinTime(workThenBatch(), timeoutMs);
  } catch (error) {
    open = false;
    await rollBack(tx);
    throw error;
  }
  open = false;
  try {
    await tx.executeRaw(driverQuery("COMMIT", []));
  } catch (error) {
    await rollBack(tx);
    throw error;
  }
  await tx.commit();
  return result;
}

/**
 * Kept inserts, in the order kept: on PostgreSQL as one statement, on SQLite
 * (in process) one by one. A failure is offered to the errorAs of the
 * inserts that statement carried, in turn.
 */
async function sendInserts(tx: DriverTransaction, inserts: readonly RowsInsert[]): Promise<void> {
  const statements = inserts.length > 1 && isPostgres() ? [inserts] : inserts.map((insert) => [insert]);
  for (const carried of statements) {
    const { text, values } = carried.length > 1 ? combinedInsertStatement(carried) : insertStatement(carried[0]!);
    try {
      await tx.executeRaw(driverQuery(text, values));
    } catch (error) {
      throw carried.map((insert) => insert.errorAs?.(error)).find(Boolean) ?? error;
    }
  }
}

/** `promise`, or a TransactionTimeoutError once `ms` have passed (then its own outcome is dropped). */
async function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  promise.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TransactionTimeoutError(ms)), ms);
  });
  try {
    return await Promise.race([promise, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

async function rollBack(tx: DriverTransaction): Promise<void> {
  try {
    await tx.executeRaw(driverQuery("ROLLBACK", []));
  } catch {
    // The database may have ended the transaction itself (an I/O error, a
    // lost connection): the caller's own error is the one to report.
  } finally {
    // Releases the connection (PostgreSQL) or the writer lock (SQLite).
    await tx.rollback();
  }
}
