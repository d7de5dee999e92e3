import { Mutex } from "async-mutex";
import { LRUCache } from "lru-cache";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Factory = InstanceType<typeof PrismaBetterSQLite3>;
type Adapter = Awaited<ReturnType<Factory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * The better-sqlite3 adapter shares one connection and only serializes
 * transactions against each other: a query from another request that arrives
 * while an interactive transaction is open runs *inside* it — it reads
 * uncommitted rows and is rolled back with it. This wrapper makes every query
 * outside a transaction wait until no transaction is open.
 */
export function serializedSqliteAdapter(url: string): Factory {
  const factory = new PrismaBetterSQLite3({ url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    patchPrepare(adapter);
    // WAL lets other processes (jobs, tests, the benchmark's checks) read
    // while the app writes; the timeout waits out their short write locks.
    // 16 MB of page cache instead of SQLite's 2 MB: a filtered queue search
    // reads hundreds of bookings and their patients' profiles, which did not
    // fit, so every search read its pages from the OS again (4.0 → 1.4 ms in
    // process; docs/decisions/012-hot-paths.md, seventh round).
    await adapter.executeScript("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -16384;");
    return wrap(adapter);
  };
  return factory;
}

// Prepared statements kept per connection. The adapter prepares every
// statement anew (`client.prepare(sql).bind(args)`), about a quarter of the
// time a short statement takes; SQL text repeats (the app's statements are
// fixed, Prisma's compiled ones too), so each is prepared once. Bounded: the
// least recently used statement is dropped past this many (an `IN (…)` list
// of another length is another text).
const STATEMENT_CACHE_SIZE = 500;

type Row = unknown[];
type Statement = {
  reader: boolean;
  columns(): { name: string; type: string | null }[];
  bind(args: unknown[]): Statement;
  run(...args: unknown[]): unknown;
  raw(on?: boolean): { all(...args: unknown[]): Row[] };
};
type Client = { prepare: (sql: string) => Statement };

/**
 * Two changes to the connection's `prepare`, the one door every statement of
 * the adapter goes through:
 *
 * - Transactions open with a plain "BEGIN" (the wrapper below sends exactly
 *   that text), which is deferred. In WAL mode a transaction that has read
 *   and then writes fails at once with SQLITE_BUSY_SNAPSHOT if another
 *   process (a job, a test fixture) wrote in between; BEGIN IMMEDIATE takes
 *   the write lock up front and waits out the busy timeout instead.
 * - Statements come from a cache. A better-sqlite3 statement can be bound only
 *   once, so the cache hands out a facade whose `bind` keeps the values and
 *   passes them to `run`/`all` on each use — the same calls, the same values,
 *   the same errors. Safe to share: better-sqlite3 runs a statement to the end
 *   synchronously, so no two uses of one statement can interleave.
 */
function patchPrepare(adapter: Adapter): void {
  const client = (adapter as unknown as { client?: Client }).client;
  if (!client) throw new Error("better-sqlite3 adapter without a client: check the adapter version");
  const prepare = client.prepare.bind(client);
  const cache = new LRUCache<string, Statement>({ max: STATEMENT_CACHE_SIZE });
  client.prepare = (sql: string) => {
    const text = sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql;
    let statement = cache.get(text);
    if (!statement) cache.set(text, (statement = prepare(text)));
    return reusable(statement);
  };
}

function reusable(statement: Statement): Statement {
  return {
    reader: statement.reader,
    columns: () => statement.columns(),
    bind: (args: unknown[]) => bound(statement, args),
    run: (...args: unknown[]) => statement.run(...args),
    raw: (on?: boolean) => statement.raw(on),
  };
}

function bound(statement: Statement, args: unknown[]): Statement {
  return {
    reader: statement.reader,
    columns: () => statement.columns(),
    bind: () => {
      throw new TypeError("The bind() method can only be called once per statement object");
    },
    run: () => statement.run(args),
    raw: (on = true) => {
      const raw = statement.raw(on);
      return { all: () => raw.all(args) };
    },
  };
}

function wrap(inner: Adapter): Adapter {
  const lock = new Mutex();

  // Statements run synchronously, so once the lock is seen free no
  // transaction can begin before this one finishes.
  async function outsideTransaction<T>(run: () => Promise<T>): Promise<T> {
    const started = Date.now();
    while (lock.isLocked()) await lock.waitForUnlock();
    const waited = Date.now() - started;
    // A long wait usually means `db` was used inside a $transaction callback,
    // which waits for itself until Prisma's transaction timeout: use `tx` there.
    if (waited > 2000) console.warn(`[db] a query waited ${waited} ms for an open transaction`);
    return run();
  }

  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === "queryRaw" || prop === "executeRaw" || prop === "executeScript") {
        const method = Reflect.get(target, prop, receiver) as (arg: unknown) => Promise<unknown>;
        return (arg: unknown) => outsideTransaction(() => method.call(target, arg));
      }
      if (prop === "startTransaction") {
        return async (...args: Parameters<Adapter["startTransaction"]>): Promise<Transaction> => {
          const [isolationLevel] = args;
          // The adapter refuses other levels before it locks anything.
          if (isolationLevel && isolationLevel !== "SERIALIZABLE") return target.startTransaction(...args);
          const release = await lock.acquire();
          try {
            // Not the adapter's startTransaction: when its BEGIN fails (another
            // process held the write lock past the busy timeout) it keeps its
            // own lock, and every later transaction and read waits forever.
            // Exactly "BEGIN": patchPrepare makes it BEGIN IMMEDIATE.
            await target.executeRaw({ sql: "BEGIN", args: [], argTypes: [] });
            return transactionOn(target, release);
          } catch (error) {
            release();
            throw error;
          }
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

/**
 * The open transaction, as the adapter's own would be: statements run on the
 * one connection (this lock keeps everyone else out), and commit or rollback
 * (after Prisma or sql-transaction.ts sent COMMIT or ROLLBACK) gives the lock back.
 */
function transactionOn(connection: Adapter, release: () => void): Transaction {
  let released = false;
  const end = async () => {
    if (!released) {
      released = true;
      release();
    }
  };
  const transaction = {
    provider: connection.provider,
    adapterName: connection.adapterName,
    options: { usePhantomQuery: false },
    queryRaw: (query: Parameters<Adapter["queryRaw"]>[0]) => connection.queryRaw(query),
    executeRaw: (query: Parameters<Adapter["executeRaw"]>[0]) => connection.executeRaw(query),
    commit: end,
    rollback: end,
  };
  return transaction as unknown as Transaction;
}
