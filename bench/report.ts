// The benchmark's answer: a table on the terminal and bench/results/latest.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LoadOutcome } from "./load-types";
import type { MemoryFigures } from "./measure-memory";
import type { PageJavaScript } from "./measure-page-javascript";
import type { TargetVerdict } from "./targets";

export type ScenarioResult =
  | { key: string; label: string; available: false }
  | (LoadOutcome & {
      key: string;
      label: string;
      available: true;
      connections: number;
      non2xx: Record<string, number>;
      /** Server CPU (user + system, whole process tree) per response: robust to a busy machine. */
      serverCpuMsPerRequest: number | null;
      /** 1-minute load average right after the scenario (2 would be both cores busy). */
      loadAverageAfter: number;
      /** Floor rps / this rps: how many times slower than the floor. */
      rpsRatioToFloor: number | null;
      /** This p50 / floor p50. */
      p50RatioToFloor: number | null;
      /** This CPU ms/req / the floor's (mean of its two measurements): what the targets are about. */
      cpuRatioToFloor: number | null;
      problems: string[];
    });

export type BenchReport = {
  mode: "full" | "quick";
  database: "sqlite" | "postgres";
  /** `next start` processes behind nginx (1: no nginx). */
  instances: number;
  /** Bookings in the database (beyond the two-year fill: older history). */
  bookings: number;
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; loadAverageAtStart?: number };
  setup: Record<string, number | string>;
  fill: { seconds: number; counts: Record<string, number>; statusCounts: Record<string, number> };
  scenarios: ScenarioResult[];
  memory: MemoryFigures;
  pageJavaScript: PageJavaScript[];
  integrity: Record<string, unknown>;
  /** Mean of the floor's two measurements (first and last scenario). */
  floorCpuMsPerRequest: number | null;
  /** Relative gap between them: this run's noise. */
  floorSpread: number | null;
  /** How far past a CPU target a ratio may be before the run fails (targets.ts). */
  tolerance: number;
  targets: TargetVerdict[];
  problems: string[];
  /** No problems and no target missed by more than the tolerance: the exit code is 0. */
  ok: boolean;
};

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

const pad = (value: unknown, width: number) => String(value).padStart(width);

export function printReport(report: BenchReport): void {
  const lines: string[] = [];
  lines.push(
    `\nClinic Booking benchmark (${report.mode}, ${report.database}, ${report.instances} instance${report.instances === 1 ? "" : "s"}, ${report.bookings} bookings) — ${report.startedAt}`,
  );
  lines.push(`${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGb} GB, Node ${report.machine.node}, load average at start ${report.machine.loadAverageAtStart ?? "?"}`);
  lines.push(`Fill: ${Object.entries(report.fill.counts).map(([k, v]) => `${v} ${k}`).join(", ")} in ${report.fill.seconds.toFixed(1)} s\n`);
  lines.push(
    `${"scenario".padEnd(40)}${pad("req/s", 9)}${pad("p50 ms", 9)}${pad("p95 ms", 9)}${pad("p99 ms", 9)}${pad("×floor rps", 11)}${pad("×floor p50", 11)}${pad("CPU ms/req", 11)}${pad("×floor CPU", 11)}${pad("load", 6)}  non-2xx`,
  );
  for (const s of report.scenarios) {
    if (!s.available) {
      lines.push(`${s.label.padEnd(40)}  not available yet (route answers 404)`);
      continue;
    }
    const non2xx = Object.entries(s.non2xx).map(([status, n]) => `${status}:${n}`).join(" ") || "-";
    const errors = s.errors + s.timeouts > 0 ? ` errors:${s.errors} timeouts:${s.timeouts}` : "";
    lines.push(
      `${s.label.padEnd(40)}${pad(s.requestsPerSecond.toFixed(0), 9)}${pad(s.latencyMs.p50, 9)}${pad(s.latencyMs.p95, 9)}${pad(s.latencyMs.p99, 9)}` +
        `${pad(s.rpsRatioToFloor?.toFixed(1) ?? "-", 11)}${pad(s.p50RatioToFloor?.toFixed(1) ?? "-", 11)}` +
        `${pad(s.serverCpuMsPerRequest ?? "-", 11)}${pad(s.cpuRatioToFloor?.toFixed(2) ?? "-", 11)}${pad(s.loadAverageAfter.toFixed(1), 6)}  ${non2xx}${errors}`,
    );
  }
  lines.push(`\nServer memory${report.instances > 1 ? " (first instance)" : ""}: peak RSS of the process tree ${report.memory.peakTreeRssMb ?? "n/a"} MB (VmHWM ${report.memory.hwmMb ?? "n/a"} MB, ${report.memory.samples} samples)`);
  lines.push("JavaScript downloaded per page:");
  for (const p of report.pageJavaScript) {
    lines.push(p.available ? `  ${p.path.padEnd(60)} ${pad(p.scripts, 3)} scripts ${pad(p.rawKb, 8)} KB raw ${pad(p.gzipKb, 7)} KB gzip` : `  ${p.path.padEnd(60)} not available yet (HTTP ${p.status})`);
  }
  lines.push(`Integrity: ${JSON.stringify(report.integrity)}`);
  lines.push(...targetTable(report));
  lines.push(report.problems.length === 0 ? "\nOK: no errors, integrity checks passed." : `\nPROBLEMS:\n- ${report.problems.join("\n- ")}`);
  const missed = report.targets.filter((t) => t.status === "FAIL");
  lines.push(missed.length === 0 ? "Targets: none missed by more than the tolerance." : `Targets missed: ${missed.map((t) => t.target).join("; ")}`);
  lines.push(report.ok ? "Exit code 0." : "Exit code 1.");
  console.log(lines.join("\n"));
}

function targetTable(report: BenchReport): string[] {
  const percent = (n: number | null) => (n === null ? "n/a" : `${Math.round(n * 100)}%`);
  const lines = [
    `\nTargets (floor CPU ${report.floorCpuMsPerRequest ?? "n/a"} ms/req, measured twice ${percent(report.floorSpread)} apart; CPU tolerance ${percent(report.tolerance)}):`,
    `  ${"target".padEnd(62)}${pad("measured", 10)}${pad("limit", 8)}${pad("fails >", 9)}  result`,
  ];
  for (const t of report.targets) {
    lines.push(`  ${t.target.padEnd(62)}${pad(t.measured ?? "-", 10)}${pad(t.limit, 8)}${pad(t.failsAbove, 9)}  ${t.status}${t.note ? ` (${t.note})` : ""}`);
  }
  return lines;
}

export function writeReport(report: BenchReport, file = "bench/results/latest.json"): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
  return file;
}
