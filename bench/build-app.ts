// Builds the production app into its own dist dir, so the benchmark never
// overwrites (or reads) another build in the shared tree.
import fs from "node:fs";
import path from "node:path";
import { runStep } from "./run-step";

// `next build` rewrites these two shared files to mention the dist dir it
// built; they are put back afterwards so a benchmark leaves no trace in them.
const TOUCHED_BY_BUILD = ["tsconfig.json", "next-env.d.ts"];

export function hasBuild(distDir: string): boolean {
  return fs.existsSync(path.join(distDir, "BUILD_ID"));
}

export function buildApp(distDir: string): number {
  const started = performance.now();
  const saved = TOUCHED_BY_BUILD.map((file) => ({ file, text: fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null }));
  try {
    runStep("npx", ["next", "build"], { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" });
  } finally {
    for (const { file, text } of saved) {
      if (text !== null && fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text);
    }
  }
  return (performance.now() - started) / 1000;
}
