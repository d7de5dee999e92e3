// Starts the load worker as a separate process and reads its JSON answer.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LoadOutcome, LoadPlan } from "./load-types";

export async function runLoad(plan: LoadPlan): Promise<LoadOutcome> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "clinic-bench-"));
  const planFile = path.join(dir, "plan.json");
  fs.writeFileSync(planFile, JSON.stringify(plan));
  try {
    const tsx = path.resolve("node_modules/.bin/tsx");
    const child = spawn(tsx, [path.resolve("bench/load-worker.ts"), planFile], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // A hard ceiling well past the planned duration, so a stuck worker cannot hang the run.
    const limitMs = (plan.durationSeconds + 60) * 1000;
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill("SIGKILL"), limitMs);
      child.on("exit", (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    if (code !== 0) throw new Error(`The load worker failed (exit ${code}):\n${stderr.slice(-2000)}`);
    return JSON.parse(stdout) as LoadOutcome;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
