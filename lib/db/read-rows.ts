import type { Prisma, PrismaClient } from "@prisma/client";
import { isPostgres } from "./text-search";

// Hot reads (the session, the staff queue, free slots) as plain SQL handed
// straight to the driver adapter Prisma itself uses. Prisma 6.19 compiles
// every raw query in its query compiler before running it: about 0.2 ms a
// statement, 0.3 ms through a tagged template, against 0.01 ms for the
// session lookup itself (docs/decisions/012). The adapter is the same one, on
// the same connection or pool, so the reads see what Prisma's would see; on
// SQLite they still wait for an open transaction (serialized-sqlite-adapter).

type Client = PrismaClient | Prisma.TransactionClient;

/** What this module needs of a driver adapter (@prisma/driver-adapter-utils' SqlQueryable). */
type Queryable = {
  queryRaw(query: { sql: string; args: unknown[]; argTypes: { scalarType: "unknown"; arity: "scalar" }[] }): Promise<{
    columnNames: string[];
    rows: unknown[][];
  }>;
};

type AdapterFactory = { connect(): Promise<Queryable & { dispose(): Promise<void> }> };

const adapters = new WeakMap<object, () => Promise<Queryable>>();

/**
 * Makes `factory` hand out one adapter until it is disposed (Prisma connects
 * through it lazily, and again after $disconnect), and lets readRows on
 * `client` use that adapter. Called by createPrismaClient.
 */
export function shareAdapter<F extends AdapterFactory>(factory: F, client: object): void {
  const connect = factory.connect.bind(factory);
  let connected: ReturnType<F["connect"]> | null = null;
  factory.connect = () => {
    connected ??= connect().then(
      (adapter) => {
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = () => {
          connected = null;
          return dispose();
        };
        return adapter;
      },
      (error: unknown) => {
        // Not kept: the next query tries again, as Prisma alone would.
        connected = null;
        throw error;
      },
    ) as ReturnType<F["connect"]>;
    return connected;
  };
  adapters.set(client, () => factory.connect());
}

/** Positional placeholder `n` (from 1) as this database writes it; SQLite's are in order of appearance. */
export function placeholder(n: number): string {
  return isPostgres() ? `$${n}` : "?";
}

/**
 * The rows of one read statement, as objects keyed by column name. `sql` is
 * written with this database's placeholders (see `placeholder`), values bound
 * in order. Values come back as the adapter gives them, not as Prisma would
 * type them: integers and counts may be text (wrap them in Number), times
 * are ISO text (read them with fromSqlTime), and a boolean is "0"/"1" on
 * SQLite but true/false on PostgreSQL (do not select booleans; compare in
 * SQL instead). A transaction client has no adapter of its own
 * here, so its reads go through Prisma, inside the transaction. Errors are the
 * adapter's, not Prisma's: keep writes, whose errors are mapped, on Prisma.
 */
export async function readRows<T extends Record<string, unknown>>(client: Client, sql: string, values: readonly unknown[] = []): Promise<T[]> {
  const adapterOf = adapters.get(client);
  if (!adapterOf) return client.$queryRawUnsafe<T[]>(sql, ...values);
  const adapter = await adapterOf();
  const result = await adapter.queryRaw({ sql, args: [...values], argTypes: values.map(() => ({ scalarType: "unknown", arity: "scalar" })) });
  const { columnNames } = result;
  return result.rows.map((row) => {
    const object: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) object[columnNames[i]!] = row[i];
    return object as T;
  });
}
