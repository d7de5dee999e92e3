// npm run db:postgres:migration [-- <name>]
// Writes the PostgreSQL migration that brings prisma/postgres/migrations up to
// the models in prisma/schema.prisma: regenerates the PostgreSQL schema, then
// asks Prisma for the difference between the committed PostgreSQL migrations
// (replayed on a shadow database) and the models. Run it after adding or
// merging SQLite migrations. Needs PostgreSQL: DATABASE_URL when it is a
// postgres:// URL, else a throwaway cluster started (and removed) here.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { providerOf } from "../../lib/db/database-url";
import { expectedPostgresSchema, POSTGRES_SCHEMA } from "./postgres-schema";
import { clusterFor, startCluster, stopCluster } from "./postgres-cluster";

const SQLITE_MIGRATIONS = "prisma/migrations";
const POSTGRES_MIGRATIONS = "prisma/postgres/migrations";

const folders = (dir: string) =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{14}_/.test(e.name))
    .map((e) => e.name)
    .sort();

const stamp = (folder: string) => folder.slice(0, 14);

/** After every existing PostgreSQL migration, so a fresh database applies them in order. */
function nextFolderName(name: string): string {
  const newestSqlite = folders(SQLITE_MIGRATIONS).at(-1);
  const newestPostgres = folders(POSTGRES_MIGRATIONS).at(-1);
  let timestamp = newestSqlite ? stamp(newestSqlite) : "00000000000000";
  if (newestPostgres && timestamp <= stamp(newestPostgres)) timestamp = String(BigInt(stamp(newestPostgres)) + 1n);
  return `${timestamp}_${name}`;
}

const requested = process.argv[2]?.trim();
const defaultName = folders(SQLITE_MIGRATIONS).at(-1)?.slice(15) ?? "change";
const name = (requested || defaultName).replace(/[^a-z0-9_]+/gi, "_").toLowerCase();

fs.writeFileSync(POSTGRES_SCHEMA, expectedPostgresSchema());
console.log(`Wrote ${POSTGRES_SCHEMA}`);

const given = process.env.DATABASE_URL?.trim();
const usesGiven = given !== undefined && given !== "" && providerOf(given) === "postgresql";
const cluster = usesGiven ? null : startCluster(clusterFor(55439, "data/pg-migration-writer"));
try {
  const url = usesGiven ? given : cluster!.url;
  const diff = spawnSync(
    "npx",
    ["prisma", "migrate", "diff", "--from-migrations", POSTGRES_MIGRATIONS, "--to-schema-datamodel", POSTGRES_SCHEMA, "--script"],
    { env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" }, encoding: "utf8" },
  );
  if (diff.status !== 0) {
    console.error(diff.stderr);
    process.exit(diff.status ?? 1);
  }
  const sql = diff.stdout.trim();
  if (sql === "" || /^-- This is an empty migration\.?$/.test(sql)) {
    console.log("The PostgreSQL migrations already match the models: nothing to write.");
  } else {
    const folder = path.join(POSTGRES_MIGRATIONS, nextFolderName(name));
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "migration.sql"), `${sql}\n`);
    console.log(`Wrote ${folder}/migration.sql — read it, then commit it with the SQLite migration.`);
  }
} finally {
  if (cluster) stopCluster(cluster);
}
// The PostgreSQL client follows the models too.
spawnSync("npx", ["tsx", "scripts/db/generate-clients.ts"], { stdio: "inherit" });
