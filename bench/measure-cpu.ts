// CPU time the server's process tree spent, read from /proc/<pid>/stat. Other
// work on the machine slows requests down but does not add to this figure, so
// CPU milliseconds per request compare fairly between runs on a busy machine.
import fs from "node:fs";
import { processTree } from "./process-tree";

// Linux reports utime/stime in clock ticks; USER_HZ is 100 on every mainstream build.
const TICKS_PER_SECOND = 100;

export function serverCpuSeconds(rootPid: number): number | null {
  let ticks = 0;
  let read = false;
  for (const pid of processTree(rootPid)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
      read = true;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return read ? ticks / TICKS_PER_SECOND : null;
}
