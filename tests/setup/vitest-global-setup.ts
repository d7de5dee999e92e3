import fs from "node:fs";

// Start each run with no test databases left from the last one.
export default function setup() {
  fs.rmSync("data/test", { recursive: true, force: true });
}
