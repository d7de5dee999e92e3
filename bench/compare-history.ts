// `npm run bench -- --history [other flags]`: the whole benchmark twice, at
// 100 000 and at 1 000 000 bookings (the second adds 900 000 bookings of
// older history; the weeks the scenarios touch are the same), then each
// history-sensitive scenario's CPU ratio to the floor at 1 000 000 against
// its ratio at 100 000. Fails when one grew by more than HISTORY_GROWTH
// (plus the noisier run's tolerance), or when either run failed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { BenchReport } from "./report";
import { HISTORY_GROWTH, HISTORY_KEYS, verdict, type TargetVerdict } from "./targets";

export const HISTORY_SIZES = [100_000, 1_000_000] as const;

function valueOf(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** The arguments for one run: everything given, less --history and any --bookings. */
function childArgs(argv: string[], bookings: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--history" || a.startsWith("--bookings=")) continue;
    if (a === "--bookings") {
      i++;
      continue;
    }
    out.push(a);
  }
  return [...out, "--bookings", String(bookings)];
}

export async function compareHistory(argv: string[]): Promise<number> {
  const db = valueOf(argv, "db") ?? "sqlite";
  const instances = Number(valueOf(argv, "instances") ?? 1);
  const reports: BenchReport[] = [];
  const exitCodes: number[] = [];
  for (const bookings of HISTORY_SIZES) {
    console.log(`[bench] history: run at ${bookings} bookings`);
    const file = `bench/results/latest-${db}-${instances}-${bookings}.json`;
    fs.rmSync(file, { force: true });
    // The second run reuses the first one's build.
    const args = childArgs(argv, bookings);
    if (reports.length > 0 && !args.includes("--no-build")) args.push("--no-build");
    const child = spawnSync(path.resolve("node_modules/.bin/tsx"), [path.resolve("bench/run.ts"), ...args], { stdio: "inherit" });
    exitCodes.push(child.status ?? 1);
    if (!fs.existsSync(file)) {
      console.error(`[bench] history: the run at ${bookings} bookings wrote no report`);
      return 1;
    }
    reports.push(JSON.parse(fs.readFileSync(file, "utf8")) as BenchReport);
  }
  const [small, large] = reports as [BenchReport, BenchReport];
  const tolerance = Math.max(small.tolerance, large.tolerance);
  const verdicts: TargetVerdict[] = HISTORY_KEYS.map((key) => {
    const ratioAt = (r: BenchReport) => {
      const s = r.scenarios.find((x) => x.key === key);
      return s?.available ? s.cpuRatioToFloor : null;
    };
    const before = ratioAt(small);
    const after = ratioAt(large);
    const growth = before !== null && after !== null && before > 0 ? Math.round((after / before) * 100) / 100 : null;
    const label = small.scenarios.find((x) => x.key === key)?.label ?? key;
    return verdict(`${label}: ×floor CPU at 1M ÷ at 100k ≤ ${1 + HISTORY_GROWTH}`, growth, 1 + HISTORY_GROWTH, tolerance, `${before ?? "-"}× → ${after ?? "-"}×`);
  });

  const lines = [
    `\nHistory independence (${db}): ${small.fill.counts.bookings} → ${large.fill.counts.bookings} bookings; CPU tolerance ${Math.round(tolerance * 100)}%`,
    `  ${"target".padEnd(70)}${"measured".padStart(10)}${"fails >".padStart(9)}  result`,
    ...verdicts.map((v) => `  ${v.target.padEnd(70)}${String(v.measured ?? "-").padStart(10)}${String(v.failsAbove).padStart(9)}  ${v.status} (${v.note})`),
  ];
  const ok = exitCodes.every((c) => c === 0) && verdicts.every((v) => v.status !== "FAIL");
  if (exitCodes.some((c) => c !== 0)) lines.push(`  a run itself failed (exit codes ${exitCodes.join(", ")}): see its report above`);
  lines.push(ok ? "Exit code 0." : "Exit code 1.");
  console.log(lines.join("\n"));
  const file = `bench/results/history-${db}-${instances}.json`;
  fs.writeFileSync(file, JSON.stringify({ tolerance, verdicts, runs: reports.map((r) => ({ bookings: r.fill.counts.bookings, startedAt: r.startedAt, ok: r.ok })) }, null, 2) + "\n");
  console.log(`[bench] wrote ${file}`);
  return ok ? 0 : 1;
}
