// The whole suite: production build, then Vitest, Playwright and a short fuzz
// run against that build on SQLite, and — when PostgreSQL is installed —
// the Vitest files and Playwright tests whose outcome can depend on the
// database again on a throwaway PostgreSQL cluster (see databaseDoor below),
// plus the cross-instance test (three instances behind nginx). Ends with one plain line
// "Tests: N passed, N failed" counting all (the fuzz run counts as one).
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { run } from "./run-command";
import { clusterFor, postgresBin, startCluster, stopCluster } from "./db/postgres-cluster";
import { nginxBinary } from "./cluster/cluster";

type Count = { passed: number; failed: number };
type Result = { name: string; code: number; count: Count; seconds: number };

function timed(name: string, work: () => Omit<Result, "name" | "seconds">): Result {
  const started = Date.now();
  console.log(`\n── ${name} ──`);
  return { name, ...work(), seconds: Math.round((Date.now() - started) / 1000) };
}

type VitestRun = { env?: Record<string, string>; config?: string; related?: string[] };

function vitest(out: string, { env = {}, config, related }: VitestRun = {}): Omit<Result, "name" | "seconds"> {
  const select = related ? ["related", "--run", ...related] : ["run"];
  const args = ["vitest", ...select, ...(config ? ["--config", config] : []), "--reporter=default", "--reporter=json", `--outputFile=${out}`];
  const r = spawnSync("npx", args, { stdio: "inherit", env: { ...process.env, ...env } });
  const report = readJson(out);
  return {
    code: r.status ?? 1,
    count: { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? (r.status === 0 ? 0 : 1) },
  };
}

function playwright(out: string, env: Record<string, string> = {}, args: string[] = []): Omit<Result, "name" | "seconds"> {
  const r = spawnSync("npx", ["playwright", "test", ...args], { stdio: "inherit", env: { ...process.env, ...env, PLAYWRIGHT_REPORTERS: "json", PLAYWRIGHT_JSON_OUTPUT: out } });
  const stats = readJson(out)?.stats;
  return {
    code: r.status ?? 1,
    count: { passed: stats?.expected ?? 0, failed: (stats?.unexpected ?? 0) + (stats?.flaky ?? 0) || (r.status === 0 ? 0 : 1) },
  };
}

// The second database runs what can differ there, once each thing has run on
// SQLite (README, "Tests on both databases"):
// - Vitest: the test files whose imports reach lib/db/ (the one door to the
//   database) or the migration helpers, found by Vitest's own import graph
//   (`vitest related`); pure unit tests have nothing to learn from a second run.
// - Playwright: the tests tagged @postgres (writes, locks, searches and raw SQL
//   reads end to end); axe, layout and form-message tests render the same pages.
function databaseDoor(): string[] {
  const inLibDb = fs.readdirSync("lib/db").filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).map((f) => `lib/db/${f}`);
  return [...inLibDb, "tests/support/migrated-sqlite.ts", "tests/support/migrated-postgres.ts"];
}

// A bounded fuzz run (about a minute): `npm run fuzz` is the long one.
function fuzz(): { code: number; count: Count } {
  const r = spawnSync("npx", ["tsx", "scripts/fuzz.ts", "--requests", "1500", "--seed", "13"], { stdio: "inherit" });
  const ok = r.status === 0;
  return { code: r.status ?? 1, count: { passed: ok ? 1 : 0, failed: ok ? 0 : 1 } };
}

function readJson(file: string) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

fs.mkdirSync("test-results", { recursive: true });
for (const f of fs.readdirSync("test-results")) if (f.endsWith(".json")) fs.rmSync(`test-results/${f}`, { force: true });
const buildStarted = Date.now();
run("npm", ["run", "build"]);
const results: Result[] = [];
const notes: string[] = [`build ${Math.round((Date.now() - buildStarted) / 1000)} s`];

results.push(timed("Vitest on SQLite", () => vitest("test-results/unit.json")));
results.push(timed("Playwright on SQLite", () => playwright("test-results/e2e.json")));
results.push(timed("Fuzz on SQLite", fuzz));

if (postgresBin()) {
  const cluster = clusterFor(Number(process.env.TEST_POSTGRES_PORT ?? 55432), `data/pg-test-${process.env.TEST_POSTGRES_PORT ?? 55432}`);
  stopCluster(cluster);
  startCluster(cluster);
  try {
    results.push(
      timed("Vitest on PostgreSQL (files that reach the database)", () =>
        vitest("test-results/unit-postgres.json", { env: { TEST_POSTGRES_URL: cluster.url }, related: databaseDoor() }),
      ),
    );
    results.push(
      timed("Playwright on PostgreSQL (tests tagged @postgres)", () =>
        playwright("test-results/e2e-postgres.json", { E2E_POSTGRES_URL: cluster.url, E2E_AXE: "off" }, ["--grep", "@postgres"]),
      ),
    );
    if (nginxBinary()) {
      results.push(
        timed("Three instances behind nginx on PostgreSQL", () =>
          vitest("test-results/cluster.json", { env: { TEST_POSTGRES_URL: cluster.url }, config: "vitest.cluster.config.mts" }),
        ),
      );
    } else {
      notes.push("nginx is not installed: the cross-instance test did not run (apt-get install nginx)");
    }
  } finally {
    stopCluster(cluster);
  }
} else {
  notes.push("PostgreSQL is not installed: the PostgreSQL suites did not run (apt-get install postgresql)");
}

const passed = results.reduce((n, r) => n + r.count.passed, 0);
const failed = results.reduce((n, r) => n + r.count.failed, 0);
console.log("");
for (const r of results) console.log(`${r.name}: ${r.count.passed} passed, ${r.count.failed} failed (${r.seconds} s)`);
for (const note of notes) console.log(`Note: ${note}`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(results.some((r) => r.code !== 0) || passed === 0 ? 1 : 0);
