import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { withDatabase } from "../../scripts/db/postgres-databases";

// PostgreSQL twin of migrated-sqlite.ts: a template database migrated once
// from the committed PostgreSQL migrations, and one copy of it per test file.

const MIGRATIONS = path.resolve("prisma/postgres/migrations");


async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Applies every committed migration, in order, as `prisma migrate deploy` would. */
export async function applyPostgresMigrations(url: string): Promise<void> {
  const names = fs
    .readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  await withClient(url, async (client) => {
    for (const name of names) await client.query(fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  });
}

/** Creates `database` (dropping an older one of that name), migrated; returns its URL. */
export async function createMigratedPostgresDatabase(adminUrl: string, database: string): Promise<string> {
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
  });
  const url = withDatabase(adminUrl, database);
  await applyPostgresMigrations(url);
  return url;
}

/** A fresh copy of the template database; copying is much faster than migrating. */
export async function copyTemplateDatabase(adminUrl: string, template: string, database: string): Promise<string> {
  await withClient(adminUrl, async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        // Two copies starting at the same instant can see each other on the template.
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
  });
  return withDatabase(adminUrl, database);
}

export async function dropDatabasesLike(adminUrl: string, prefix: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
