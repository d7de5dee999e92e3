// npm run start:cluster -- --instances 3 [--port 3000]
// Migrates the database once, then starts N `next start` instances on
// 127.0.0.1:<port+1>… and nginx in front on <port>. Needs a production build
// (npm run build) and DATABASE_URL=postgres://… (SQLite is one process).
// Ctrl-C stops everything.
import { databaseUrl, providerOf } from "../../lib/db/database-url";
import { run } from "../run-command";
import { startCluster, waitForHealth } from "./cluster";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a positive whole number`);
    process.exit(2);
  }
  return value;
}

async function main() {
  const instances = option("instances", 2);
  const port = option("port", Number(process.env.PORT ?? 3000));
  const url = databaseUrl();
  if (providerOf(url) !== "postgresql" && instances > 1) {
    console.error("Several instances need a shared database: set DATABASE_URL=postgresql://… (SQLite is for one process). See README, \"Run on PostgreSQL\".");
    process.exit(2);
  }
  run("npx", ["prisma", "migrate", "deploy"]);
  const cluster = await startCluster({ instances, port, env: process.env });
  console.log(`\nClinic Booking on ${cluster.url} — ${instances} instance(s) on ports ${cluster.instances.map((i) => i.port).join(", ")} behind nginx.`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await cluster.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));
  cluster.nginx.on("exit", () => {
    if (stopping) return;
    console.error("nginx exited; stopping the instances.");
    void stop(1);
  });
  // Health: report instances that stop answering /api/health (nginx routes around them).
  const down = new Set<number>();
  setInterval(async () => {
    for (const instance of cluster.instances) {
      try {
        await waitForHealth(`http://127.0.0.1:${instance.port}`, 1_000);
        if (down.delete(instance.port)) console.log(`Instance on port ${instance.port} answers again.`);
      } catch {
        if (!down.has(instance.port)) console.error(`Instance on port ${instance.port} does not answer /api/health; nginx sends its requests to the others.`);
        down.add(instance.port);
      }
    }
  }, 5_000).unref();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
