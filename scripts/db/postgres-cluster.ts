// A throwaway PostgreSQL cluster for tests, the demo and the benchmark:
//   tsx scripts/db/postgres-cluster.ts start [--port 55432] [--dir data/pg-55432]
//   tsx scripts/db/postgres-cluster.ts stop  [--port 55432] [--dir data/pg-55432]
// Uses Debian's binaries (apt-get install postgresql); runs as the postgres
// user when started as root, which initdb requires. fsync is off: the data is
// thrown away, never trusted.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

export type Cluster = { port: number; dir: string; url: string };

/** Debian's PostgreSQL binaries (newest version), or null when not installed. */
export function postgresBin(): string | null {
  if (process.env.PGBIN) return process.env.PGBIN;
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "pg_ctl"))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

const asRoot = process.getuid?.() === 0;

export function clusterFor(port: number, dir = `data/pg-${port}`): Cluster {
  // As root the server runs as the postgres user, who may not be able to enter
  // the project folder (a checkout under a private temporary folder, say): keep
  // the cluster in the system's temporary folder instead.
  const home = asRoot ? path.join(os.tmpdir(), `clinic-booking-${path.basename(dir)}`) : path.resolve(dir);
  return { port, dir: home, url: `postgresql://postgres@127.0.0.1:${port}/postgres` };
}

function runAsPostgres(command: string, args: string[], quiet = false): void {
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  // Run from /: initdb and pg_ctl change back to the working folder, which the postgres user may not enter.
  const result = spawnSync(cmd, argv, { cwd: "/", stdio: quiet ? "pipe" : ["ignore", "inherit", "inherit"], encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} failed (exit ${result.status}): ${(result.stderr ?? "").toString().trim()}`);
  }
}

function ensurePostgresUser(): void {
  if (!asRoot) return;
  if (spawnSync("id", ["-u", "postgres"], { stdio: "ignore" }).status === 0) return;
  if (spawnSync("useradd", ["-r", "-m", "postgres"], { stdio: "inherit" }).status !== 0) throw new Error("could not create the postgres user");
}

/** Creates (when new) and starts the cluster; returns its URL. Idempotent. */
export function startCluster(cluster: Cluster): Cluster {
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed (Debian: apt-get install -y postgresql)");
  ensurePostgresUser();
  const data = path.join(cluster.dir, "data");
  fs.mkdirSync(cluster.dir, { recursive: true });
  if (asRoot) spawnSync("chown", ["postgres", cluster.dir]);
  if (!fs.existsSync(path.join(data, "PG_VERSION"))) {
    runAsPostgres(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], true);
  }
  const running = spawnSync(asRoot ? "runuser" : path.join(bin, "pg_ctl"), asRoot ? ["-u", "postgres", "--", path.join(bin, "pg_ctl"), "-D", data, "status"] : ["-D", data, "status"], { cwd: "/", stdio: "ignore" });
  if (running.status !== 0) {
    const options = `-p ${cluster.port} -c listen_addresses=127.0.0.1 -k ${cluster.dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
    runAsPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-l", path.join(cluster.dir, "pg.log"), "-w", "-o", options, "start"], true);
  }
  return cluster;
}

export function stopCluster(cluster: Cluster, { remove = true } = {}): void {
  const bin = postgresBin();
  const data = path.join(cluster.dir, "data");
  if (bin && fs.existsSync(path.join(data, "PG_VERSION"))) {
    try {
      runAsPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"], true);
    } catch {
      // Not running: nothing to stop.
    }
  }
  if (remove) fs.rmSync(cluster.dir, { recursive: true, force: true });
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(option("port", process.env.PGPORT_TEST ?? "55432"));
  const cluster = clusterFor(port, option("dir", `data/pg-${port}`));
  const command = process.argv[2];
  if (command === "start") console.log(startCluster(cluster).url);
  else if (command === "stop") stopCluster(cluster, { remove: !process.argv.includes("--keep") });
  else {
    console.error("usage: postgres-cluster.ts start|stop [--port N] [--dir D] [--keep]");
    process.exit(2);
  }
}
