// The whole suite: production build, Vitest, Playwright against that build,
// then a short fuzz run against it. Ends with one plain line
// "Tests: N passed, N failed" counting all three (the fuzz run counts as one).
import fs from "node:fs";
import { spawnSync } from "node:child_process";
import { run } from "./run-command";

type Count = { passed: number; failed: number };

function vitest(): { code: number; count: Count } {
  const out = "test-results/unit.json";
  const r = spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${out}`], { stdio: "inherit" });
  const report = readJson(out);
  return {
    code: r.status ?? 1,
    count: { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? (r.status === 0 ? 0 : 1) },
  };
}

function playwright(): { code: number; count: Count } {
  const r = spawnSync("npx", ["playwright", "test"], { stdio: "inherit", env: { ...process.env, PLAYWRIGHT_REPORTERS: "json" } });
  const stats = readJson("test-results/e2e.json")?.stats;
  return {
    code: r.status ?? 1,
    count: { passed: stats?.expected ?? 0, failed: (stats?.unexpected ?? 0) + (stats?.flaky ?? 0) || (r.status === 0 ? 0 : 1) },
  };
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
for (const f of ["test-results/unit.json", "test-results/e2e.json", "test-results/fuzz.json"]) fs.rmSync(f, { force: true });
run("npm", ["run", "build"]);
const unit = vitest();
const e2e = playwright();
const fuzzRun = fuzz();
const passed = unit.count.passed + e2e.count.passed + fuzzRun.count.passed;
const failed = unit.count.failed + e2e.count.failed + fuzzRun.count.failed;
console.log(
  `\nUnit: ${unit.count.passed} passed, ${unit.count.failed} failed · End-to-end: ${e2e.count.passed} passed, ${e2e.count.failed} failed · Fuzz: ${fuzzRun.code === 0 ? "passed" : "failed"}`,
);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(unit.code || e2e.code || fuzzRun.code || (passed === 0 ? 1 : 0));
