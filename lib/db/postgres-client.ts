import type { PrismaClient } from "@prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
// The client generated from prisma/postgres/schema.prisma (postinstall and
// `npm run build` generate both clients), so one build runs on either database.
import { PrismaClient as PostgresPrismaClient } from ".prisma/client-postgres";
import { shareAdapter } from "./read-rows";

/**
 * A Prisma client on PostgreSQL through node-postgres. No process lock: every
 * guarantee is a database one (see docs/decisions/011). The two generated
 * clients have the same models and API; only the SQL dialect differs, so the
 * PostgreSQL one is typed as the SQLite one the code is written against.
 */
export function createPostgresClient(url: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  const client = new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  shareAdapter(adapter, client);
  return client;
}
