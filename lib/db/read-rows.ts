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

type Query = { sql: string; args: unknown[]; argTypes: { scalarType: "unknown"; arity: "scalar" }[] };
type Result = { columnNames: string[]; rows: unknown[][] };

/** What this module needs of a driver adapter (@prisma/driver-adapter-utils' SqlQueryable). */
export type Queryable = {
  queryRaw(query: Query): Promise<Result>;
  executeRaw(query: Query): Promise<number>;
};

/** An open transaction of the adapter; commit and rollback only release it (the caller sends COMMIT or ROLLBACK first). */
export type DriverTransaction = Queryable & { commit(): Promise<void>; rollback(): Promise<void> };

/** A connected adapter, as Prisma's factories give it. */
export type DriverAdapter = Queryable & { startTransaction(): Promise<DriverTransaction> };

type AdapterFactory = { connect(): Promise<Pick<Queryable, "queryRaw"> & { dispose(): Promise<void> }> };

const adapters = new WeakMap<object, () => Promise<DriverAdapter>>();

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
  adapters.set(client, () => factory.connect() as unknown as Promise<DriverAdapter>);
}

/** The adapter shared with `client` (shareAdapter), connected; null for a transaction client or one made elsewhere. */
export function driverAdapterOf(client: object): Promise<DriverAdapter> | null {
  return adapters.get(client)?.() ?? null;
}

/** A statement for the adapter: `sql` with its values bound in order. */
export function driverQuery(sql: string, values: readonly unknown[]): Query {
  return { sql, args: [...values], argTypes: values.map(() => ({ scalarType: "unknown", arity: "scalar" })) };
}

/** The adapter's rows as objects keyed by column name. */
export function rowObjects<T>(result: Result): T[] {
  const { columnNames } = result;
  return result.rows.map((row) => {
    const object: Record<string, unknown> = {};
    for (let i = 0; i < columnNames.length; i++) object[columnNames[i]!] = row[i];
    return object as T;
  });
}

/** Positional placeholder `n` (from 1) as this database writes it; SQLite's are in order of appearance. */
export function placeholder(n: number): string {
  return isPostgres() ? `$${n}` : "?";
}

/**
 * Values bound in order while a statement is put together in parts (where a
 * `bound` template cannot reach): `bind(value)` records the value and gives
 * its placeholder. Parts must be joined in the order they were bound.
 */
export function binder(): { values: unknown[]; bind: (value: unknown) => string } {
  const values: unknown[] = [];
  return { values, bind: (value) => placeholder(values.push(value)) };
}

/**
 * A statement written as a template, each `${value}` bound in order with this
 * database's placeholders: `bound\`SELECT … WHERE "id" = ${id}\``. Only
 * values go in the slots, never SQL.
 */
export function bound(strings: TemplateStringsArray, ...values: unknown[]): { text: string; values: unknown[] } {
  let text = strings[0]!;
  for (let i = 0; i < values.length; i++) text += placeholder(i + 1) + strings[i + 1]!;
  return { text, values };
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
 * adapter's, not Prisma's (for writes on the driver, see sql-transaction.ts).
 */
export async function readRows<T extends Record<string, unknown>>(client: Client, sql: string, values: readonly unknown[] = []): Promise<T[]> {
  const adapter = driverAdapterOf(client);
  if (!adapter) return client.$queryRawUnsafe<T[]>(sql, ...values);
  return rowObjects<T>(await (await adapter).queryRaw(driverQuery(sql, values)));
}
