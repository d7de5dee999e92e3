// Several `next start` instances on loopback ports with nginx in front on one
// port. Used by `npm run start:cluster`, the cross-instance test and the
// benchmark. The instances share nothing but the database.
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { serverEnvironment } from "../server-memory";

export type ClusterOptions = {
  instances: number;
  /** The one port clients use (nginx). */
  port: number;
  /** Instance i listens on instancePortBase + i (127.0.0.1 only). */
  instancePortBase?: number;
  /** DATABASE_URL and anything else the instances need. */
  env: NodeJS.ProcessEnv;
  /** Where nginx's config, pid and logs go. */
  runDir?: string;
  /** Next's build folder (NEXT_DIST_DIR), when not .next. */
  quiet?: boolean;
};

export type Instance = { index: number; port: number; process: ChildProcess };

export type RunningCluster = {
  url: string;
  instances: Instance[];
  nginx: ChildProcess;
  /** Stops nginx and every instance; waits for them to exit. */
  stop: () => Promise<void>;
};

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

export function nginxBinary(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  const found = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).stdout.trim();
  return found || null;
}

export function renderNginxConfig(options: { listen: number; upstreams: number[]; runDir: string; asRoot: boolean }): string {
  const template = fs.readFileSync(path.resolve("deploy/nginx/clinic-booking.conf.template"), "utf8");
  const servers = options.upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n");
  return template
    .replaceAll("{{user}}", options.asRoot ? "user root;" : "")
    .replaceAll("{{runDir}}", options.runDir)
    .replaceAll("{{listen}}", `127.0.0.1:${options.listen}`)
    .replaceAll("{{servers}}", servers);
}

export async function waitForHealth(url: string, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (!isAlive()) throw new Error(`${url} exited before it answered /api/health`);
    if (Date.now() > deadline) throw new Error(`${url}/api/health did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once("exit", () => r()));
}

export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  const nginxBin = nginxBinary();
  if (!nginxBin) throw new Error("nginx is not installed (Debian: apt-get install -y nginx)");
  const base = options.instancePortBase ?? options.port + 1;
  const runDir = path.resolve(options.runDir ?? `data/cluster-${options.port}`);
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(runDir, { recursive: true });
  const stdio = options.quiet ? "ignore" : "inherit";

  const instances: Instance[] = [];
  const env: NodeJS.ProcessEnv = {
    ...serverEnvironment(options.env),
    NODE_ENV: "production",
    // Requests reach the instances only through nginx on loopback: trust its
    // X-Forwarded-For and nobody else's.
    TRUSTED_PROXIES: options.env.TRUSTED_PROXIES ?? "127.0.0.1",
    NEXTAUTH_URL: options.env.NEXTAUTH_URL ?? `http://localhost:${options.port}`,
  };
  for (let index = 0; index < options.instances; index++) {
    const port = base + index;
    const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...env, PORT: String(port) },
      stdio: ["ignore", stdio, stdio],
    });
    instances.push({ index, port, process: child });
  }
  const stopInstances = async () => {
    for (const i of instances) i.process.kill("SIGTERM");
    await Promise.all(instances.map((i) => exited(i.process)));
  };
  try {
    await Promise.all(
      instances.map((i) => waitForHealth(`http://127.0.0.1:${i.port}`, 120_000, () => i.process.exitCode === null && i.process.signalCode === null)),
    );
  } catch (error) {
    await stopInstances();
    throw error;
  }

  const asRoot = process.getuid?.() === 0;
  const config = path.join(runDir, "nginx.conf");
  fs.writeFileSync(config, renderNginxConfig({ listen: options.port, upstreams: instances.map((i) => i.port), runDir, asRoot }));
  const nginx = spawn(nginxBin, ["-c", config, "-p", runDir, "-e", path.join(runDir, "error.log")], { stdio: ["ignore", stdio, stdio] });
  const url = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    nginx.kill("SIGQUIT");
    await Promise.all([exited(nginx), stopInstances()]);
  };
  try {
    await waitForHealth(url, 15_000, () => nginx.exitCode === null);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, instances, nginx, stop };
}
