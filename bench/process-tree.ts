// A process and all its descendants, read from /proc (Linux only; elsewhere just the root).
import fs from "node:fs";

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

export function processTree(root: number): number[] {
  const seen = new Set<number>();
  const queue = [root];
  // Bounded by the number of live processes; `seen` stops any cycle.
  while (queue.length > 0 && seen.size < 1000) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    queue.push(...childrenOf(pid));
  }
  return [...seen];
}

