import fs from "node:fs";
import path from "node:path";

const DIR = "data/test";
const STALE_MS = 60 * 60 * 1000;

// Tidy test databases left by earlier runs. Only old files go: another run
// on this machine may be using the new ones right now.
export default function setup() {
  if (!fs.existsSync(DIR)) return;
  const cutoff = Date.now() - STALE_MS;
  for (const name of fs.readdirSync(DIR)) {
    const file = path.join(DIR, name);
    try {
      if (fs.statSync(file).mtimeMs < cutoff) fs.rmSync(file, { force: true });
    } catch {
      // Removed by another run meanwhile: nothing to do.
    }
  }
}
