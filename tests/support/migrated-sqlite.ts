import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

// Applies the committed migrations in order, as `prisma migrate deploy` would,
// without spawning the CLI for every test file.
export function createMigratedSqliteFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const dir = path.resolve("prisma/migrations");
  const migrations = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const sqlite = new Database(file);
  try {
    // A throwaway test file: waiting for the disk after every statement (over a
    // second per file on a busy machine) buys nothing.
    sqlite.pragma("synchronous = OFF");
    for (const name of migrations) sqlite.exec(fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
  } finally {
    sqlite.close();
  }
}

/** A fresh copy of a migrated template file (see createMigratedSqliteFile); copying takes about a millisecond. */
export function copySqliteTemplate(template: string, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.copyFileSync(template, file);
}
