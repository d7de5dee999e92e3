// Starts the production build for Playwright on its own fresh, seeded
// database: a SQLite file, or with E2E_POSTGRES_URL (a PostgreSQL server's
// admin URL) a PostgreSQL database of its own.
import fs from "node:fs";
import { spawn } from "node:child_process";
import { run } from "./run-command";
import { createEmptyPostgresDatabase } from "./db/postgres-databases";
import { e2eDatabaseUrl } from "./e2e-database";
import { serverEnvironment } from "./server-memory";

const port = process.env.E2E_PORT ?? "3100";
const postgresAdminUrl = process.env.E2E_POSTGRES_URL;

async function freshDatabaseUrl(): Promise<string> {
  // One database per port, so two test runs on one machine never share data.
  if (postgresAdminUrl) return createEmptyPostgresDatabase(postgresAdminUrl, `e2e_${port}`);
  const url = e2eDatabaseUrl(port);
  const dbFile = url.slice("file:".length);
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(dbFile + suffix, { force: true });
  return url;
}

async function main() {
  const env = {
    ...process.env,
    DATABASE_URL: await freshDatabaseUrl(),
    NEXTAUTH_URL: `http://localhost:${port}`,
    // The dev mailbox is how tests read sign-in links and confirmations.
    ENABLE_DEV_MAILBOX: "true",
    NODE_ENV: "production" as const,
  };

  run("npx", ["prisma", "migrate", "deploy"], { env });
  run("npx", ["tsx", "prisma/seed.ts"], { env });
  const server = spawn("npx", ["next", "start", "-p", port], { env: serverEnvironment(env), stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
