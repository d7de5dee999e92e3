import { PrismaClient } from "@prisma/client";
import { databaseUrl, providerOf } from "./database-url";
import { createPostgresClient } from "./postgres-client";
import { shareAdapter } from "./read-rows";
import { serializedSqliteAdapter } from "./serialized-sqlite-adapter";

// Shared by the app (through ./client) and by scripts and tests, which are not
// React server code and so cannot import a "server-only" module.
// DATABASE_URL picks the database: file: → SQLite, postgres:// → PostgreSQL.
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  if (providerOf(url) === "postgresql") return createPostgresClient(url);
  const adapter = serializedSqliteAdapter(url);
  const client = new PrismaClient({ adapter });
  shareAdapter(adapter, client);
  return client;
}
