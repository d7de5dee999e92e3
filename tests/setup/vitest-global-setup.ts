import fs from "node:fs";
import path from "node:path";
import { createMigratedPostgresDatabase, dropDatabasesLike } from "../support/migrated-postgres";

const DIR = "data/test";
const STALE_MS = 60 * 60 * 1000;

// With TEST_POSTGRES_URL (a PostgreSQL server's admin URL) the run is on
// PostgreSQL: one template database migrated here, copied per test file.
export default async function setup() {
  tidySqliteFiles();
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (!adminUrl) return;
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
