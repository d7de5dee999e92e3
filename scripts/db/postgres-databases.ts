import pg from "pg";

/** `url` with its database name replaced. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Drops `database` if it exists (closing its connections) and creates it empty; returns its URL. */
export async function createEmptyPostgresDatabase(adminUrl: string, database: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`unsafe database name: ${database}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, database);
}
