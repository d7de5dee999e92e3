// Samples the resident memory of the server's process tree. /proc is Linux
// only; elsewhere the figures are reported as unavailable.
import fs from "node:fs";
import { processTree } from "./process-tree";

export type MemoryFigures = { peakTreeRssMb: number | null; hwmMb: number | null; samples: number };

function statusField(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Starts sampling every `intervalMs`; `stop()` returns the peak tree RSS and the sum of the processes' own peaks (VmHWM). */
export function sampleMemory(rootPid: number, intervalMs = 200) {
  let peakKb = 0;
  let samples = 0;
  const hwmKb = new Map<number, number>();
  const sample = () => {
    let totalKb = 0;
    for (const pid of processTree(rootPid)) {
      totalKb += statusField(pid, "VmRSS") ?? 0;
      const hwm = statusField(pid, "VmHWM");
      if (hwm !== null) hwmKb.set(pid, Math.max(hwmKb.get(pid) ?? 0, hwm));
    }
    if (totalKb > 0) samples++;
    peakKb = Math.max(peakKb, totalKb);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop(): MemoryFigures {
      sample();
      clearInterval(timer);
      const hwmTotal = [...hwmKb.values()].reduce((a, b) => a + b, 0);
      return {
        peakTreeRssMb: samples > 0 ? round1(peakKb / 1024) : null,
        hwmMb: hwmKb.size > 0 ? round1(hwmTotal / 1024) : null,
        samples,
      };
    },
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
