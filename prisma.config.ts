import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, providerOf } from "./lib/db/database-url";
import { postgresCliAdapter } from "./lib/db/postgres-cli-adapter";

// The CLI and the app resolve the same default, so a fresh clone needs no .env.
process.env.DATABASE_URL = databaseUrl();
const url = process.env.DATABASE_URL;

// DATABASE_URL picks the database: file: → SQLite (prisma/), postgres:// →
// PostgreSQL (prisma/postgres/, whose schema is generated from prisma/schema.prisma).
const postgres = providerOf(url) === "postgresql";
const folder = postgres ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  // WebAssembly schema engine + TypeScript query compiler: nothing to download.
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => (postgres ? postgresCliAdapter(url) : new PrismaBetterSQLite3({ url })),
});
