// The PostgreSQL benchmark database: the SQLite one, filled exactly as for the
// SQLite run, copied row for row into a freshly migrated PostgreSQL database.
// Same data on both, so the figures compare. Each batch is one
// `INSERT … SELECT * FROM unnest($1::type[], $2::type[], …)`: one array
// parameter per column rather than one parameter per value, so PostgreSQL
// parses a short statement and the driver sends a few large arrays — several
// times faster than multi-row VALUES lists with tens of thousands of
// placeholders.
import Database from "better-sqlite3";
import pg from "pg";

const ROWS_PER_BATCH = 20_000;

export async function copySqliteToPostgres(file: string, url: string): Promise<{ seconds: number; rows: number }> {
  const started = performance.now();
  const sqlite = new Database(file, { readonly: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let rows = 0;
  try {
    const tables = (
      sqlite.prepare(`SELECT "name" FROM sqlite_master WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite_%' AND "name" NOT LIKE '_prisma%'`).all() as { name: string }[]
    )
      .map((t) => t.name)
      // Its one row comes with the PostgreSQL migration (a version of its own).
      .filter((name) => name !== "ScheduleStamp");
    await client.query("BEGIN");
    // Foreign keys are checked by SQLite already; skip them so table order does not matter.
    await client.query("SET LOCAL session_replication_role = replica");
    for (const table of tables) {
      const { rows: columns } = await client.query<{ column_name: string; data_type: string; udt_name: string }>(
        `SELECT column_name, data_type, udt_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      );
      if (columns.length === 0) continue;
      // SQLite hands back text, numbers and 0/1; each becomes text PostgreSQL casts to the column's type.
      const convert = columns.map((c) =>
        c.data_type.startsWith("timestamp")
          ? (v: unknown) => (v === null ? null : typeof v === "number" ? new Date(v).toISOString() : String(v))
          : c.data_type === "boolean"
            ? (v: unknown) => (v === null ? null : v === 1 || v === true ? "true" : "false")
            : (v: unknown) => (v === null ? null : String(v)),
      );
      const names = columns.map((c) => `"${c.column_name}"`).join(", ");
      // udt_name is the element type (int4, timestamp, an enum's name); arrays of it are "<udt>"[].
      const arrays = columns.map((c, i) => `$${i + 1}::"${c.udt_name}"[]`).join(", ");
      const insert = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`;
      let batch: unknown[][] = columns.map(() => []);
      let batchRows = 0;
      const flush = async () => {
        if (batchRows === 0) return;
        await client.query(insert, batch);
        rows += batchRows;
        batch = columns.map(() => []);
        batchRows = 0;
      };
      const select = sqlite.prepare(`SELECT ${names} FROM "${table}"`).raw(true);
      for (const row of select.iterate() as IterableIterator<unknown[]>) {
        for (let i = 0; i < row.length; i++) batch[i]!.push(convert[i]!(row[i]));
        if (++batchRows >= ROWS_PER_BATCH) await flush();
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
