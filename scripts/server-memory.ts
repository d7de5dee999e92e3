// The server's memory ceiling. V8's old generation is most of a Next.js
// server's resident memory under load, and by default it grows far past what
// the app needs before collecting. `config.serverHeapMb` in package.json is
// the one place the ceiling is set: `npm start` (and so `npm run demo`)
// passes it through $npm_package_config_serverHeapMb, and the launchers that
// start `next start` themselves (several instances, the end-to-end server,
// the PostgreSQL demo, the benchmark) add it here. A NODE_OPTIONS given by
// whoever starts the app comes after ours, so an explicit
// --max-old-space-size still wins. See docs/decisions/012-hot-paths.md, "Memory".
import fs from "node:fs";
import path from "node:path";

export function serverHeapMb(): number {
  const packageJson = JSON.parse(fs.readFileSync(path.resolve("package.json"), "utf8")) as { config?: { serverHeapMb?: unknown } };
  const mb = Number(packageJson.config?.serverHeapMb);
  if (!Number.isInteger(mb) || mb < 64) throw new Error("package.json config.serverHeapMb must be a whole number of megabytes, at least 64");
  return mb;
}

/** The environment for a `next start` process: the caller's, with the heap ceiling in front of its NODE_OPTIONS. */
export function serverEnvironment<T extends NodeJS.ProcessEnv>(env: T): T & { NODE_OPTIONS: string } {
  return { ...env, NODE_OPTIONS: `--max-old-space-size=${serverHeapMb()} ${env.NODE_OPTIONS ?? ""}`.trim() };
}
