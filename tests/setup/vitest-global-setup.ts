import fs from "node:fs";
import path from "node:path";
import { createMigratedPostgresDatabase, dropDatabasesLike } from "../support/migrated-postgres";
import { createMigratedSqliteFile } from "../support/migrated-sqlite";

const DIR = "data/test";
const STALE_MS = 60 * 60 * 1000;

// One template database migrated here, copied per test file: a SQLite file,
// or with TEST_POSTGRES_URL (a PostgreSQL server's admin URL) a PostgreSQL
// database.
export default async function setup() {
  tidySqliteFiles();
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (!adminUrl) {
    const template = path.resolve(`${DIR}/template_${process.pid}.db`);
    createMigratedSqliteFile(template);
    process.env.TEST_SQLITE_TEMPLATE = template;
    return () => fs.rmSync(template, { force: true });
  }
  const prefix = `test_${process.pid}_`;
  const template = `${prefix}template`;
  await createMigratedPostgresDatabase(adminUrl, template);
  process.env.TEST_POSTGRES_TEMPLATE = template;
  process.env.TEST_POSTGRES_PREFIX = prefix;
  return () => dropDatabasesLike(adminUrl, prefix);
}

// Tidy test databases left by earlier runs. Only old files go: another run
// on this machine may be using the new ones right now.
function tidySqliteFiles() {
  if (!fs.existsSync(DIR)) return;
  const cutoff = Date.now() - STALE_MS;
  for (const name of fs.readdirSync(DIR)) {
    const file = path.join(DIR, name);
    try {
      if (fs.statSync(file).mtimeMs < cutoff) fs.rmSync(file, { force: true });
    } catch {
      // Removed by another run meanwhile: nothing to do.
    }
  }
}
