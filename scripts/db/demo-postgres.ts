// npm run demo:postgres [-- --instances N] [-- --no-build]
// The demo on a throwaway local PostgreSQL cluster (127.0.0.1:55433, under
// data/pg-demo, removed on exit): build, migrate, seed, then one `next start`
// on port 3000 — or N instances behind nginx with --instances N.
import path from "node:path";
import { spawn } from "node:child_process";
import { run } from "../run-command";
import { clusterFor, startCluster, stopCluster } from "./postgres-cluster";
import { serverEnvironment } from "../server-memory";
import { createEmptyPostgresDatabase } from "./postgres-databases";

const i = process.argv.indexOf("--instances");
const instances = i > 0 ? Number(process.argv[i + 1]) : 1;
const port = process.env.PORT ?? "3000";
const cluster = clusterFor(Number(process.env.DEMO_POSTGRES_PORT ?? 55433), "data/pg-demo");

async function main() {
  startCluster(cluster);
  const url = await createEmptyPostgresDatabase(cluster.url, "clinic");
  const env = { ...process.env, DATABASE_URL: url, ENABLE_DEV_MAILBOX: "true", PORT: port };
  console.log(`PostgreSQL: ${url}`);
  if (!process.argv.includes("--no-build")) run("npm", ["run", "build"], { env });
  run("npx", ["prisma", "migrate", "deploy"], { env });
  run("npx", ["tsx", "prisma/seed.ts"], { env });
  const app =
    instances > 1
      ? spawn("npx", ["tsx", "scripts/cluster/start-cluster.ts", "--instances", String(instances), "--port", port], { env, stdio: "inherit" })
      : // Next itself, not through npx, so Ctrl-C reaches the server.
        spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", port], {
          env: serverEnvironment({ ...env, NODE_ENV: "production" }),
          stdio: "inherit",
        });
  const finish = (code: number) => {
    stopCluster(cluster);
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => app.kill(signal));
  app.on("exit", (code) => finish(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  stopCluster(cluster);
  process.exit(1);
});
