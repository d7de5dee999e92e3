// Starts the production build for Playwright on its own fresh, seeded SQLite file.
import fs from "node:fs";
import { spawn } from "node:child_process";
import { run } from "./run-command";

const port = process.env.E2E_PORT ?? "3100";
// One database per port, so two test runs on one machine never share data.
const dbFile = `data/e2e-${port}.db`;
for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(dbFile + suffix, { force: true });

const env = {
  ...process.env,
  DATABASE_URL: `file:./${dbFile}`,
  NEXTAUTH_URL: `http://localhost:${port}`,
  // The dev mailbox is how tests read sign-in links and confirmations.
  ENABLE_DEV_MAILBOX: "true",
  NODE_ENV: "production" as const,
};

run("npx", ["prisma", "migrate", "deploy"], { env });
run("npx", ["tsx", "prisma/seed.ts"], { env });
const server = spawn("npx", ["next", "start", "-p", port], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
