import { withDatabase } from "./db/postgres-databases";

/**
 * The database of the e2e server on `port`, shared by scripts/e2e-server.ts
 * (which creates it) and the Playwright fixtures (which add test data):
 * a SQLite file, or with E2E_POSTGRES_URL a PostgreSQL database of its own.
 */
export function e2eDatabaseUrl(port: string | number, env: NodeJS.ProcessEnv = process.env): string {
  if (env.E2E_POSTGRES_URL) return withDatabase(env.E2E_POSTGRES_URL, `e2e_${port}`);
  return `file:./data/e2e-${port}.db`;
}
