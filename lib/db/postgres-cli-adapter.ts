// The Prisma CLI's adapter for PostgreSQL (migrate deploy/dev/diff, db push),
// used by prisma.config.ts only; the app uses a plain PrismaPg (create-client).
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { poolConfigFromUrl } from "./postgres-pool-config";

// PostgreSQL's internal types `"char"` (18) and `name` (19) appear in the
// catalog queries the schema engine runs; adapter-pg 6.19 cannot map them
// ("Column type 'name' could not be deserialized", prisma/prisma#27403).
// Both are text, so report them as text (25).
const TEXT_LIKE = new Set([18, 19]);
const TEXT = 25;

type QueryResult = { fields?: Array<{ dataTypeID: number }> };

class CatalogTextClient extends pg.Client {
  // pg's overloads cannot be re-declared one by one; the behaviour is the parent's.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const asText = (r: QueryResult) => {
      for (const field of r?.fields ?? []) if (TEXT_LIKE.has(field.dataTypeID)) field.dataTypeID = TEXT;
      return r;
    };
    // pg.Pool#query calls this with a callback; adapter transactions use the promise.
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, r: QueryResult) => last(error, error ? r : asText(r));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    return result && typeof result.then === "function" ? result.then(asText) : result;
  }
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/**
 * adapter-pg 6.19 runs a migration script by splitting it at every ";", which
 * breaks a semicolon inside a comment, a string or a function body (the
 * schedule stamp's trigger function has one). PostgreSQL takes a whole
 * script as one simple query, as psql and the tests' migration helper send it.
 */
function wholeScripts(adapter: Adapter): Adapter {
  const inner = adapter as unknown as { client?: pg.Pool; onError?: (error: unknown) => never };
  const pool = inner.client;
  if (!pool || typeof pool.query !== "function") throw new Error("adapter-pg without a pool: check the adapter version");
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      // The adapter's own error mapping, so the CLI reports it as before.
      if (inner.onError) inner.onError.call(adapter, error);
      throw error;
    }
  };
  return adapter;
}

/**
 * PrismaPg for the CLI. Its shadow database (for `migrate dev` and
 * `migrate diff --from-migrations`) is dropped only after its own pool has
 * closed: the stock one drops it first and PostgreSQL refuses ("being
 * accessed by other users").
 */
export function postgresCliAdapter(url: string): PrismaPg {
  const config = { ...poolConfigFromUrl(url), Client: CatalogTextClient };
  const factory = new PrismaPg(config);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => wholeScripts(await connect());
  factory.connectToShadowDb = async () => {
    const admin = new pg.Client({ ...config, Client: undefined } as pg.ClientConfig);
    await admin.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replace(/-/g, "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const shadow = new PrismaPg({ ...config, database });
    const adapter = wholeScripts(await shadow.connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      try {
        await dispose();
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${database}"`).catch(() => undefined);
        await admin.end();
      }
    };
    return adapter;
  };
  return factory;
}
