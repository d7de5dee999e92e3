// The project's own fuzz check: thousands of malformed requests over every API
// route, every server action and the main pages, as anonymous, patient, staff
// and admin, against the production build on a fresh database. Fails on any
// 5xx, any request left hanging, and any rejected request that changed a
// table's row count (a partial write).
//
//   npm run fuzz                      6,000 requests (seed 13)
//   npm run fuzz -- --requests 1500 --seed 7 --port 3141
//
// Needs `npm run build` first (NEXT_DIST_DIR picks another build).
import fs from "node:fs";
import { CaseMaker, type FuzzCase } from "./fuzz/cases";
import { prepareFixtures } from "./fuzz/fixtures";
import { Random } from "./fuzz/random";
import { changedTables, RowCounter } from "./fuzz/row-counts";
import { send } from "./fuzz/send";
import { startServer } from "./fuzz/server";
import { apiRoutes, pages, serverActions } from "./fuzz/targets";

type Failure = { kind: string; persona: string; method: string; path: string; status: number; detail: string };
export type FuzzReport = { requests: number; seed: number; byStatus: Record<string, number>; byKind: Record<string, number>; failures: Failure[] };

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

async function main() {
  const requests = option("requests", 6000);
  const seed = option("seed", 13);
  const port = option("port", Number(process.env.FUZZ_PORT ?? 3140));
  const server = await startServer(port);
  console.log(`Fuzz: server up on port ${port}; ${requests} requests, seed ${seed}`);
  const report: FuzzReport = { requests: 0, seed, byStatus: {}, byKind: {}, failures: [] };
  try {
    const fixtures = await prepareFixtures(server.databaseUrl);
    if (process.env.FUZZ_DEBUG) console.log("fixtures ready");
    const rows = new RowCounter(server.databaseFile);
    const maker = new CaseMaker(new Random(seed), fixtures, apiRoutes(), pages(), serverActions(server.distDir), `http://localhost:${port}`);
    let before = rows.counts();
    const started = Date.now();
    for (let i = 0; i < requests; i++) {
      const c: FuzzCase = maker.next();
      const sentAt = Date.now();
      if (process.env.FUZZ_DEBUG) console.log(c.kind, c.request.method, c.request.path.slice(0, 80));
      let res = await send(port, c.request);
      // A server that refuses a request before reading its body (Node's own
      // HTTP parser does, with 400 and a closed connection, for raw non-ASCII
      // bytes in the target) resets the socket under a client still writing
      // it. Ask again without the body to see what it answered.
      if (res.status === -1 && c.request.body && /ECONNRESET|EPIPE/.test(res.body)) {
        const again = await send(port, { ...c.request, body: undefined });
        if (again.status > 0) res = { ...again, body: `${again.body} (the body was refused unread)` };
      }
      if (Date.now() - sentAt > 5000) console.log(`  slow (${Date.now() - sentAt} ms): ${c.kind} ${c.request.method} ${c.request.path.slice(0, 80)} → ${res.status}`);
      const after = rows.counts();
      report.requests++;
      report.byStatus[res.status] = (report.byStatus[res.status] ?? 0) + 1;
      report.byKind[c.kind] = (report.byKind[c.kind] ?? 0) + 1;
      const fail = (detail: string) =>
        report.failures.push({ kind: c.kind, persona: c.persona, method: c.request.method, path: c.request.path.slice(0, 200), status: res.status, detail: detail.slice(0, 300) });
      if (res.status === 0) continue; // the client library refused to send it
      if (res.status >= 500 || res.status < 0) fail(res.body);
      else if (res.status >= 400) {
        const changed = changedTables(before, after);
        if (changed.length) fail(`partial write: ${changed.join(", ")}`);
      }
      before = after;
      if ((i + 1) % 100 === 0) console.log(`  ${i + 1}/${requests} requests, ${report.failures.length} failures, ${Math.round((Date.now() - started) / 1000)} s`);
    }
    rows.close();
  } finally {
    server.stop();
  }
  const statuses = Object.entries(report.byStatus).map(([s, n]) => `${s}: ${n}`).join(", ");
  console.log(`\nFuzz: ${report.requests} requests (seed ${seed}); statuses ${statuses}`);
  console.log(`Fuzz: ${report.failures.length} failures (5xx, hangs or partial writes)`);
  for (const f of report.failures.slice(0, 30)) console.log(`  ${f.status} ${f.kind} as ${f.persona}: ${f.method} ${f.path} — ${f.detail.replace(/\s+/g, " ")}`);
  fs.mkdirSync("test-results", { recursive: true });
  fs.writeFileSync("test-results/fuzz.json", JSON.stringify(report, null, 2));
  process.exit(report.failures.length === 0 && report.requests > 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
