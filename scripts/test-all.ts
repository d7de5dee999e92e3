// The whole suite: production build, Vitest, then Playwright against that build.
// Ends with one plain line "Tests: N passed, N failed" counting both runners.
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

function readJson(file: string) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

fs.mkdirSync("test-results", { recursive: true });
for (const f of ["test-results/unit.json", "test-results/e2e.json"]) fs.rmSync(f, { force: true });
run("npm", ["run", "build"]);
const unit = vitest();
const e2e = playwright();
const passed = unit.count.passed + e2e.count.passed;
const failed = unit.count.failed + e2e.count.failed;
console.log(`\nUnit: ${unit.count.passed} passed, ${unit.count.failed} failed · End-to-end: ${e2e.count.passed} passed, ${e2e.count.failed} failed`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(unit.code || e2e.code || (passed === 0 ? 1 : 0));
