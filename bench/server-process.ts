// Runs the production build as a child process on loopback and stops it,
// whatever happens to the benchmark (error, Ctrl-C).
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { serverEnvironment } from "../scripts/server-memory";

export type BenchServer = { process: ChildProcess; pid: number; origin: string; stop: () => Promise<void>; logTail: () => string };

const HEALTH_TIMEOUT_MS = 60_000;

export async function startServer(options: { port: number; distDir: string; databaseUrl: string; secret: string }): Promise<BenchServer> {
  const origin = `http://127.0.0.1:${options.port}`;
  const nextBin = path.resolve("node_modules/next/dist/bin/next");
  // `node next start` directly (not npx or npm start) so the server is this
  // process's child and its memory is not mixed with a wrapper's.
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    // The same heap ceiling as `npm start` (scripts/server-memory.ts).
    env: {
      ...serverEnvironment(process.env),
      NODE_ENV: "production",
      NEXT_DIST_DIR: options.distDir,
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_URL: origin,
      // A fixed secret, so the app does not write one into the shared data/ folder.
      NEXTAUTH_SECRET: options.secret,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error("Could not start the server");
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const stop = async () => {
    if (exited) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exit;
    clearTimeout(timer);
  };
  const server: BenchServer = { process: child, pid: child.pid, origin, stop, logTail: () => log.join("").slice(-4000) };

  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The server exited while starting:\n${log.join("")}`);
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`The server did not answer /api/health within ${HEALTH_TIMEOUT_MS / 1000} s:\n${log.join("")}`);
}

