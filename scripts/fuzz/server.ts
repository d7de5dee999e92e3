// The production build on its own fresh, seeded SQLite file.
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { run } from "../run-command";

export type FuzzServer = { port: number; databaseFile: string; databaseUrl: string; distDir: string; stop: () => void };

export async function startServer(port: number): Promise<FuzzServer> {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) throw new Error(`No production build in ${distDir}: run \`npm run build\` first.`);
  const databaseFile = `data/fuzz-${port}.db`;
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(databaseFile + suffix, { force: true });
  const databaseUrl = `file:./${databaseFile}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://localhost:${port}`,
    ENABLE_DEV_MAILBOX: "true",
    NODE_ENV: "production" as const,
  };
  run("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  run("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "ignore" });
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port)], { env, stdio: ["ignore", "ignore", "pipe"], detached: true });
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-20_000);
  });
  const stop = () => {
    // The whole group: npx and the next server under it (only ours: we made the group).
    if (child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
  };
  process.on("exit", stop);
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      stop();
      throw new Error(`The server did not start on port ${port}:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { port, databaseFile, databaseUrl, distDir, stop };
}
