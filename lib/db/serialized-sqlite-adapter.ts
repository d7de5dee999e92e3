import { Mutex } from "async-mutex";
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
    beginImmediately(adapter);
    // WAL lets other processes (jobs, tests, the benchmark's checks) read
    // while the app writes; the timeout waits out their short write locks.
    await adapter.executeScript("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;");
    return wrap(adapter);
  };
  return factory;
}

/**
 * The adapter opens transactions with a deferred BEGIN. In WAL mode a
 * transaction that has read and then writes fails at once with
 * SQLITE_BUSY_SNAPSHOT if another process (a job, a test fixture) wrote in
 * between; BEGIN IMMEDIATE takes the write lock up front and waits out the
 * busy timeout instead.
 */
function beginImmediately(adapter: Adapter): void {
  const client = (adapter as unknown as { client?: { prepare: (sql: string) => unknown } }).client;
  if (!client) throw new Error("better-sqlite3 adapter without a client: check the adapter version");
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
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
          const release = await lock.acquire();
          try {
            const tx = await target.startTransaction(...args);
            return releasingOnEnd(tx, release);
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

function releasingOnEnd(tx: Transaction, release: () => void): Transaction {
  let released = false;
  const releaseOnce = () => {
    if (!released) {
      released = true;
      release();
    }
  };
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (prop === "commit" || prop === "rollback") {
        const end = Reflect.get(target, prop, receiver) as () => Promise<void>;
        return async () => {
          try {
            await end.call(target);
          } finally {
            releaseOnce();
          }
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}
