// Each database has its own committed migrations; both must build exactly the
// models in prisma/schema.prisma, and the PostgreSQL schema must be the one
// generated from it. Runs for the database of the current run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { providerOf } from "@/lib/db/database-url";
import { expectedPostgresSchema, POSTGRES_SCHEMA } from "@/scripts/db/postgres-schema";
import { createMigratedSqliteFile } from "../support/migrated-sqlite";

const prisma = (args: string[], env: Record<string, string>) =>
  spawnSync("npx", ["prisma", ...args], { env: { ...process.env, CHECKPOINT_DISABLE: "1", ...env }, encoding: "utf8" });

/** Tables, columns, indexes and foreign keys of a SQLite file, in a comparable form. */
function sqliteShape(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' ORDER BY name")
      .all() as { name: string }[];
    return tables.map(({ name }) => ({
      name,
      columns: db.prepare(`PRAGMA table_info("${name}")`).all(),
      indexes: (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
        .map((i) => ({ name: i.name, unique: i.unique, columns: db.prepare(`PRAGMA index_info("${i.name}")`).all() }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      foreignKeys: db.prepare(`PRAGMA foreign_key_list("${name}")`).all(),
    }));
  } finally {
    db.close();
  }
}

describe("database migrations", () => {
  it("the committed PostgreSQL schema is the one generated from prisma/schema.prisma (npm run db:postgres:schema)", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(expectedPostgresSchema());
  });

  it("the migrations of this run's database build exactly the models", { timeout: 120_000 }, () => {
    const url = process.env.DATABASE_URL!;
    if (providerOf(url) === "postgresql") {
      // Replays prisma/postgres/migrations on a shadow database and compares.
      const r = prisma(
        ["migrate", "diff", "--from-migrations", "prisma/postgres/migrations", "--to-schema-datamodel", POSTGRES_SCHEMA, "--exit-code"],
        { DATABASE_URL: url },
      );
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      return;
    }
    // SQLite: Prisma's shadow database cannot replay multi-statement
    // migrations here (P3006), so compare the migrated file with a file built
    // straight from the models.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    const migrated = path.join(dir, "migrated.db");
    const fromModels = path.join(dir, "models.db");
    createMigratedSqliteFile(migrated);
    const r = prisma(["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], { DATABASE_URL: `file:${fromModels}` });
    expect(r.status, r.stderr).toBe(0);
    const db = new Database(fromModels);
    db.exec(r.stdout);
    db.close();
    expect(sqliteShape(migrated)).toEqual(sqliteShape(fromModels));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
