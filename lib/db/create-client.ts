import { PrismaClient } from "@prisma/client";
import { databaseUrl } from "./database-url";
import { serializedSqliteAdapter } from "./serialized-sqlite-adapter";

// Shared by the app (through ./client) and by scripts and tests, which are not
// React server code and so cannot import a "server-only" module.
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: serializedSqliteAdapter(url) });
}
