import { spawnSync } from "node:child_process";

/** Runs a setup command to completion with its output shown; throws if it fails. */
export function runStep(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.signal ?? `exit ${result.status}`})`);
  }
}
