import { PrismaClient } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./database-url";

// Shared by the app (through ./client) and by scripts and tests, which are not
// React server code and so cannot import a "server-only" module.
export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url });
  return new PrismaClient({ adapter });
}
