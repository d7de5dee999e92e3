// The PostgreSQL benchmark database: the SQLite one, filled exactly as for the
// SQLite run, copied row for row into a freshly migrated PostgreSQL database
// with multi-row INSERTs. Same data on both, so the figures compare.
import Database from "better-sqlite3";
import pg from "pg";

// PostgreSQL accepts at most 65 535 bound values per statement.
const MAX_VALUES = 60_000;

export async function copySqliteToPostgres(file: string, url: string): Promise<{ seconds: number; rows: number }> {
  const started = performance.now();
  const sqlite = new Database(file, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let rows = 0;
  try {
    const tables = (
      sqlite.prepare(`SELECT "name" FROM sqlite_master WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite_%' AND "name" NOT LIKE '_prisma%'`).all() as { name: string }[]
    ).map((t) => t.name);
    await client.query("BEGIN");
    // Foreign keys are checked by SQLite already; skip them so table order does not matter.
    await client.query("SET LOCAL session_replication_role = replica");
    for (const table of tables) {
      const { rows: columns } = await client.query<{ column_name: string; data_type: string }>(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [table],
      );
      if (columns.length === 0) continue;
      const convert = columns.map((c) =>
        c.data_type.startsWith("timestamp")
          ? (v: unknown) => (v === null ? null : new Date(typeof v === "number" ? v : String(v)))
          : c.data_type === "boolean"
            ? (v: unknown) => (v === null ? null : v === 1 || v === true)
            : (v: unknown) => v,
      );
      const names = columns.map((c) => `"${c.column_name}"`).join(", ");
      const perBatch = Math.max(1, Math.floor(MAX_VALUES / columns.length));
      let batch: unknown[][] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const values: unknown[] = [];
        const tuples = batch.map((row) => `(${row.map((v) => (values.push(v), `$${values.length}`)).join(", ")})`);
        await client.query(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(", ")}`, values);
        rows += batch.length;
        batch = [];
      };
      const select = sqlite.prepare(`SELECT ${names} FROM "${table}"`).raw(true);
      for (const row of select.iterate() as IterableIterator<unknown[]>) {
        batch.push(row.map((v, i) => convert[i]!(v)));
        if (batch.length >= perBatch) await flush();
      }
      await flush();
    }
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    sqlite.close();
  }
  return { seconds: (performance.now() - started) / 1000, rows };
}
