// `npm run bench [-- --quick] [-- --no-build | --rebuild] [-- --port=3300]
//   [-- --db postgres] [-- --instances N] [-- --bookings N] [-- --history]`:
// builds the production app, fills a fresh SQLite database with a large clinic
// (copied into a throwaway PostgreSQL cluster with --db postgres), serves it
// with `next start` (N instances behind nginx with --instances) and measures
// it under load from a separate process, against the targets in targets.ts.
// `--history` runs it at 100 000 and at 1 000 000 bookings and compares.
// See README.md, "Performance", for what each figure means.
import net from "node:net";
import os from "node:os";
import Database from "better-sqlite3";
import { addClinicDays } from "@/lib/availability/clinic-date";
import { clinicInstant, clinicToday } from "@/lib/availability/clinic-time";
import { buildApp, hasBuild } from "./build-app";
import { fillDatabase } from "./fill-database";
import { fetchBookableSlots, type ProcedureTiming } from "./free-slot-pool";
import { bookingsGained, queueSearchParams } from "./measure-integrity";
import { serverCpuSeconds } from "./measure-cpu";
import { sampleMemory } from "./measure-memory";
import { bookingPageJavaScriptProblems, measurePageJavaScript } from "./measure-page-javascript";
import { prepareDatabase } from "./prepare-database";
import { machine, printReport, writeReport, type BenchReport, type ScenarioResult } from "./report";
import { runLoad } from "./run-load";
import type { LoadOutcome } from "./load-types";
import { buildScenarios, routeIsMissing, settlingBookingsPlan, type Scenario } from "./scenarios";
import { startServer, type BenchServer } from "./server-process";
import { signIn, userIdByEmail } from "./sessions";
import { sqliteDateTime } from "./sqlite-time";
import { copySqliteToPostgres } from "./copy-to-postgres";
import { bookingsByPatientIn, overlappingBookingPairsIn, statusCountDriftIn, type BenchDatabase } from "./measure-integrity";
import { clusterFor, startCluster as startPostgres, stopCluster as stopPostgres } from "../scripts/db/postgres-cluster";
import { createEmptyPostgresDatabase } from "../scripts/db/postgres-databases";
import { startCluster } from "../scripts/cluster/cluster";
import { runStep } from "./run-step";
import { relativeSpread } from "./targets";
import { extendHistoryPostgres, extendHistorySqlite, type HistoryResult } from "./extend-history";
import { judgeTargets } from "./judge-targets";
import { compareHistory } from "./compare-history";

const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const portArg = process.argv.find((a) => a.startsWith("--port="));
const valueOf = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
};
const DB_KIND = (valueOf("db") ?? "sqlite") as "sqlite" | "postgres";
const INSTANCES = Number(valueOf("instances") ?? 1);
const BOOKINGS = Number(valueOf("bookings") ?? 100_000);
// The two-year layout of the fill reaches about 100 000 bookings; more is older history, added in SQL.
const LAID_OUT_BOOKINGS = 100_000;
if (DB_KIND !== "sqlite" && DB_KIND !== "postgres") throw new Error("--db must be sqlite or postgres");
if (!Number.isInteger(INSTANCES) || INSTANCES < 1) throw new Error("--instances must be a positive whole number");
if (!Number.isInteger(BOOKINGS) || BOOKINGS < 1000 || BOOKINGS > 5_000_000) throw new Error("--bookings must be a whole number from 1000 to 5000000");
if (DB_KIND === "sqlite" && INSTANCES > 1) throw new Error("several instances need --db postgres (SQLite is one process)");
const PG_CLUSTER = clusterFor(Number(process.env.BENCH_POSTGRES_PORT ?? 55434), "data/pg-bench");
const DIST_DIR = ".next-bench";
const DB_FILE = "data/bench.db";
const DATABASE_URL = `file:./${DB_FILE}`;
// distinctPatients includes the SETTLE_REQUESTS that settle the booking path
// (quick: 1 500 measured; full: 3 000, which a 20 s run may use up first).
const SETTINGS = quick
  ? { durationSeconds: 4, connections: 32, distinctPatients: 3500, racePatients: 400, raceSlots: 3 }
  : { durationSeconds: 20, connections: 32, distinctPatients: 5000, racePatients: 1000, raceSlots: 5 };
const HORIZON_DAYS = 90;
/**
 * Requests each path serves before it is measured: about what a freshly
 * started server needs before V8 has optimised the booking path (its CPU per
 * booking falls for the first 1 500–1 800 bookings, then stays flat; see
 * docs/decisions/012-hot-paths.md). Every read scenario, the floor included,
 * gets the same number (per instance), and so does the booking path, so no
 * ratio compares a warm path with a cold one. The bookings come from the end
 * of the distinct patients and slots; with several instances each one gets
 * its share of them only.
 */
const SETTLE_REQUESTS = 2000;
/** Only a cap: a settling run ends when it has sent its requests; one cut off by it is reported. */
const SETTLE_MAX_SECONDS = 120;

let server: BenchServer | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the server`);
    void (server?.stop() ?? Promise.resolve()).finally(() => {
      if (DB_KIND === "postgres") stopPostgres(PG_CLUSTER);
      process.exit(130);
    });
  });
}

async function freePort(first: number, last: number): Promise<number> {
  for (let port = first; port <= last; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port in ${first}–${last}`);
}

function log(message: string) {
  console.log(`[bench] ${message}`);
}

async function main(): Promise<number> {
  const startedAt = new Date();
  // Other work on a shared machine slows the server; the report says how busy it was.
  const loadAtStart = round(os.loadavg()[0] ?? 0);
  const setup: Record<string, number | string> = {};
  const problems: string[] = [];

  // 1. The production build.
  if (args.has("--no-build") || (quick && !args.has("--rebuild") && hasBuild(DIST_DIR))) {
    if (!hasBuild(DIST_DIR)) throw new Error(`--no-build, but there is no build in ${DIST_DIR}`);
    log(`reusing the existing build in ${DIST_DIR}${quick ? " (--quick)" : ""}`);
    setup.build = "reused";
  } else {
    log(`building into ${DIST_DIR}`);
    setup.buildSeconds = round(buildApp(DIST_DIR));
  }

  // 2. A fresh database: migrations, demo seed, then the large fill.
  let t = performance.now();
  prepareDatabase(DB_FILE, DATABASE_URL);
  setup.migrateAndSeedSeconds = round((performance.now() - t) / 1000);
  const now = new Date();
  log("filling the database");
  const fill = fillDatabase(DB_FILE, { now, patients: 20_000, bookings: Math.min(BOOKINGS, LAID_OUT_BOOKINGS), extraPractitioners: 24, newPatientShare: 0.3, seed: 7 });
  log(`filled in ${fill.seconds.toFixed(1)} s: ${JSON.stringify(fill.counts)}`);
  // Older history, in the database that serves the run (PostgreSQL gets it after the copy).
  let history: HistoryResult | undefined;
  if (BOOKINGS > LAID_OUT_BOOKINGS && DB_KIND === "sqlite") {
    history = extendHistorySqlite(DB_FILE, now, BOOKINGS);
    logHistory(history);
  }

  // 2b. PostgreSQL: a throwaway cluster, migrated, with the same rows copied in.
  let serverDatabaseUrl = DATABASE_URL;
  const benchDb: BenchDatabase = { file: DB_FILE };
  if (DB_KIND === "postgres") {
    t = performance.now();
    stopPostgres(PG_CLUSTER);
    startPostgres(PG_CLUSTER);
    serverDatabaseUrl = await createEmptyPostgresDatabase(PG_CLUSTER.url, "bench");
    runStep("npx", ["prisma", "migrate", "deploy"], { ...process.env, DATABASE_URL: serverDatabaseUrl });
    const copied = await copySqliteToPostgres(DB_FILE, serverDatabaseUrl);
    benchDb.postgresUrl = serverDatabaseUrl;
    setup.postgresCopySeconds = round(copied.seconds);
    if (BOOKINGS > LAID_OUT_BOOKINGS) {
      history = await extendHistoryPostgres(serverDatabaseUrl, now, BOOKINGS);
      logHistory(history);
    }
    setup.postgresSetupSeconds = round((performance.now() - t) / 1000);
    log(`copied ${copied.rows} rows into PostgreSQL in ${copied.seconds.toFixed(1)} s`);
  }

  const sqlite = new Database(DB_FILE, { readonly: true });
  const timeZone = (sqlite.prepare(`SELECT "timeZone" FROM "Clinic"`).get() as { timeZone: string }).timeZone;
  // Only procedures a brand-new patient may book: the load's patients have no
  // earlier bookings, so a procedure with a prerequisite would be refused (docs/decisions/014).
  const procedures = sqlite
    .prepare(`SELECT "slug", "durationMinutes", "bufferMinutes" FROM "Procedure" WHERE "active" = 1 AND NOT EXISTS (SELECT 1 FROM "ProcedurePrerequisite" WHERE "procedureId" = "Procedure"."id")`)
    .all() as ProcedureTiming[];
  sqlite.close();
  const today = clinicToday(now, timeZone);

  // 3. Sessions, made before the server starts so it never waits on them.
  t = performance.now();
  const newPatients = fill.newPatientIds;
  const raceIds = newPatients.slice(-SETTINGS.racePatients);
  const distinctIds = newPatients.slice(0, Math.min(SETTINGS.distinctPatients, newPatients.length - raceIds.length));
  // One after another: SQLite takes one writer at a time.
  const distinctPatients = await signIn(serverDatabaseUrl, distinctIds.map((id) => ({ id, role: "PATIENT" as const })));
  const racePatients = await signIn(serverDatabaseUrl, raceIds.map((id) => ({ id, role: "PATIENT" as const })));
  const staff = await signIn(serverDatabaseUrl, [await userIdByEmail(serverDatabaseUrl, "nurse@example.com")]);
  setup.sessionsSeconds = round((performance.now() - t) / 1000);

  // 4. The server, on loopback, with its memory sampled from the first moment.
  const port = portArg ? Number(portArg.slice("--port=".length)) : await freePort(3300, 3399);
  t = performance.now();
  const secret = "bench-only-secret-0123456789abcdef0123456789abcdef";
  let serverPids: number[];
  if (INSTANCES > 1) {
    // N instances on the next ports, nginx on `port`; the load goes through nginx.
    const cluster = await startCluster({
      instances: INSTANCES,
      port,
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, DATABASE_URL: serverDatabaseUrl, NEXTAUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" },
      runDir: `data/bench-cluster-${port}`,
      quiet: true,
    });
    serverPids = cluster.instances.map((i) => i.process.pid!);
    server = { process: cluster.instances[0]!.process, pid: serverPids[0]!, origin: cluster.url, stop: cluster.stop, logTail: () => "(instances run quietly)" };
  } else {
    server = await startServer({ port, distDir: DIST_DIR, databaseUrl: serverDatabaseUrl, secret });
    serverPids = [server.pid];
  }
  setup.serverStartSeconds = round((performance.now() - t) / 1000);
  const memory = sampleMemory(server.pid);
  const origin = server.origin;
  log(`server up at ${origin} (pid ${server.pid})`);

  // 5. Free times to book, from the app itself.
  t = performance.now();
  const bookable = await fetchBookableSlots(origin, procedures, today, HORIZON_DAYS);
  setup.slotFetchSeconds = round((performance.now() - t) / 1000);
  setup.bookableSlots = bookable.length;
  const raceSlots = bookable.slice(0, SETTINGS.raceSlots);
  const pageSlot = bookable[SETTINGS.raceSlots];
  const freeSlots = bookable.slice(SETTINGS.raceSlots + 1);
  // The last patients and slots settle the booking path; the rest are measured.
  if (distinctPatients.length <= SETTLE_REQUESTS || freeSlots.length <= SETTLE_REQUESTS) {
    throw new Error(`${SETTLE_REQUESTS} settling bookings need more new patients and free slots than ${distinctPatients.length} and ${freeSlots.length}`);
  }
  const settle = { patients: distinctPatients.slice(-SETTLE_REQUESTS), slots: freeSlots.slice(-SETTLE_REQUESTS) };
  const measuredPatients = distinctPatients.slice(0, distinctPatients.length - SETTLE_REQUESTS);
  const distinctSlots = freeSlots.slice(0, freeSlots.length - SETTLE_REQUESTS);
  if (distinctSlots.length < measuredPatients.length) {
    log(`only ${distinctSlots.length} non-overlapping free slots for ${measuredPatients.length} patients: the distinct scenario ends when they run out`);
  }

  const queueFrom = addClinicDays(today, 1);
  const queueTo = addClinicDays(today, 60);
  const queueFilter = queueSearchParams(DB_FILE, sqliteDateTime(clinicInstant(queueFrom, "00:00", timeZone)), sqliteDateTime(clinicInstant(queueTo, "00:00", timeZone)));
  const scenarios = buildScenarios({
    origin,
    connections: SETTINGS.connections,
    durationSeconds: SETTINGS.durationSeconds,
    today,
    distinct: { slots: distinctSlots, patients: measuredPatients },
    race: { slots: raceSlots, patients: racePatients },
    staffCookie: staff[0]!.cookie,
    queueSearch: { ...queueFilter, from: queueFrom, to: queueTo },
  });

  const bookingPatientIds = scenarios.flatMap((s) => s.patientIds ?? []);
  const bookingsBefore = await bookingsByPatientIn(benchDb, bookingPatientIds);

  // 6. The load, one scenario at a time, after an unmeasured settling run of
  // every read scenario and of bookings with their own patients and slots
  // (SETTLE_REQUESTS each): a freshly started server pays for JIT compilation
  // and its heap's first growth in whatever runs first, which had made the
  // first floor measurement about twice the last one in the same run.
  for (const scenario of scenarios) {
    if (scenario.probe.method !== "GET" || (await routeIsMissing(origin, scenario.probe))) continue;
    const wanted = SETTLE_REQUESTS * INSTANCES;
    const shortfall = settlingShortfall(await runLoad({ ...scenario.plan, durationSeconds: SETTLE_MAX_SECONDS, maxRequests: wanted }), wanted);
    if (shortfall) problems.push(`settling ${scenario.key}: ${shortfall}`);
  }
  const settled = await runLoad(settlingBookingsPlan({ origin, connections: SETTINGS.connections }, settle, SETTLE_MAX_SECONDS));
  if (Object.keys(settled.statusCounts).some((status) => status !== "201")) {
    problems.push(`settling bookings: every one should answer 201, got ${JSON.stringify(settled.statusCounts)}`);
  }
  const shortfall = settlingShortfall(settled, SETTLE_REQUESTS);
  if (shortfall) problems.push(`settling bookings: ${shortfall}`);
  const results: ScenarioResult[] = [];
  for (const scenario of scenarios) {
    if (await routeIsMissing(origin, scenario.probe)) {
      log(`${scenario.key}: not available yet (404 for its route)`);
      results.push({ key: scenario.key, label: scenario.label, available: false });
      continue;
    }
    log(`${scenario.key}: ${scenario.plan.durationSeconds} s at ${scenario.plan.connections} connections`);
    const cpuBefore = instancesCpuSeconds(serverPids);
    const outcome = await runLoad(scenario.plan);
    const cpuAfter = instancesCpuSeconds(serverPids);
    const serverCpuMsPerRequest =
      cpuBefore === null || cpuAfter === null || outcome.responses === 0 ? null : round(((cpuAfter - cpuBefore) * 1000) / outcome.responses);
    const non2xx = Object.fromEntries(Object.entries(outcome.statusCounts).filter(([status]) => !status.startsWith("2")));
    results.push({
      ...outcome,
      key: scenario.key,
      label: scenario.label,
      available: true,
      connections: scenario.plan.connections,
      non2xx,
      serverCpuMsPerRequest,
      loadAverageAfter: round(os.loadavg()[0] ?? 0),
      rpsRatioToFloor: null,
      p50RatioToFloor: null,
      cpuRatioToFloor: null,
      problems: scenarioProblems(scenario, outcome.statusCounts, outcome.errors, outcome.timeouts),
    });
  }
  const floor = results.find((r) => r.key === "floor");
  const floorCpu = floorCpuMsPerRequest(results);
  for (const r of results) {
    if (!r.available || !floor?.available) continue;
    r.rpsRatioToFloor = round(floor.requestsPerSecond / Math.max(r.requestsPerSecond, 0.001));
    r.p50RatioToFloor = round(r.latencyMs.p50 / Math.max(floor.latencyMs.p50, 0.001));
    r.cpuRatioToFloor = r.serverCpuMsPerRequest === null || floorCpu.mean === null ? null : round(r.serverCpuMsPerRequest / floorCpu.mean);
    problems.push(...r.problems.map((p) => `${r.key}: ${p}`));
  }

  // 7. What a patient's browser downloads, beside a minimal page of the same build.
  const pagePatient = racePatients[0]?.cookie;
  const pageJavaScript = [
    await measurePageJavaScript(origin, "/bench-missing-page"),
    await measurePageJavaScript(origin, "/procedures/initial-consultation"),
    await measurePageJavaScript(
      origin,
      pageSlot ? `/procedures/${pageSlot.procedureSlug}/book?start=${encodeURIComponent(pageSlot.startsAt)}` : "/procedures/initial-consultation/book",
      pagePatient,
    ),
  ];
  problems.push(...bookingPageJavaScriptProblems(pageJavaScript[0]!, pageJavaScript[2]!));
  const memoryFigures = memory.stop();
  await server.stop();
  server = undefined;

  // 8. Integrity: every 201 is a booking in the database, a patient never
  // answered 201 gained none, and nothing overlaps. Patients are sorted by
  // their requests' answers, not by position: the list repeats when a run
  // outlasts it, so one patient's first request may be answered 201 and a
  // second cut off when time ran out. Patients whose only unanswered
  // requests were cut off are reported on their own (the server may finish them).
  const bookingsAfter = await bookingsByPatientIn(benchDb, bookingPatientIds);
  const integrity: Record<string, unknown> = {};
  for (const scenario of scenarios) {
    const result = results.find((r) => r.key === scenario.key);
    if (!scenario.patientIds || !result?.available) continue;
    const patientsOf = (items: number[]) => new Set(items.map((i) => scenario.patientIds![i]!));
    const createdPatients = patientsOf(result.createdItems);
    const cutOffPatients = [...patientsOf(result.unansweredItems)].filter((id) => !createdPatients.has(id));
    const refusedPatients = scenario.patientIds.filter((id) => !createdPatients.has(id) && !cutOffPatients.includes(id));
    const acknowledged = result.statusCounts["201"] ?? 0;
    const inDatabase = bookingsGained(bookingsBefore, bookingsAfter, createdPatients);
    const forRefused = bookingsGained(bookingsBefore, bookingsAfter, refusedPatients);
    integrity[scenario.key] = {
      acknowledged201: acknowledged,
      newBookingsInDatabase: inDatabase,
      newBookingsForPatientsNeverAnswered201: forRefused,
      cutOffAtEnd: cutOffPatients.length,
      cutOffCompletedByServer: bookingsGained(bookingsBefore, bookingsAfter, cutOffPatients),
    };
    if (inDatabase !== acknowledged) {
      problems.push(`${scenario.key}: the database gained ${inDatabase} bookings for the patients answered 201, but ${acknowledged} were acknowledged with 201`);
    }
    if (forRefused > 0) problems.push(`${scenario.key}: the database gained ${forRefused} bookings for patients whose every request was answered without a 201`);
  }
  const overlaps = await overlappingBookingPairsIn(benchDb);
  const countDrift = await statusCountDriftIn(benchDb);
  if (DB_KIND === "postgres") stopPostgres(PG_CLUSTER);
  integrity.overlappingTimeHoldingPairs = overlaps.pairs;
  if (overlaps.pairs > 0) problems.push(`${overlaps.pairs} overlapping time-holding booking pairs, e.g. ${JSON.stringify(overlaps.examples)}`);
  integrity.statusCountsDrifting = countDrift;
  if (countDrift.length > 0) problems.push(`the kept booking counts differ from the bookings: ${JSON.stringify(countDrift)}`);

  const judged = judgeTargets({ scenarios: results, floorSpread: floorCpu.spread, memory: memoryFigures, pageJavaScript });
  const report: BenchReport = {
    mode: quick ? "quick" : "full",
    database: DB_KIND,
    instances: INSTANCES,
    bookings: BOOKINGS,
    startedAt: startedAt.toISOString(),
    machine: { ...machine(), loadAverageAtStart: loadAtStart },
    setup,
    fill: {
      seconds: round(fill.seconds + (history?.seconds ?? 0)),
      counts: history
        ? { ...fill.counts, bookings: fill.counts.bookings! + history.added, screeningResponses: fill.counts.screeningResponses! + history.screeningResponses, historyYearsAdded: history.years }
        : fill.counts,
      statusCounts: fill.statusCounts,
    },
    scenarios: results,
    memory: memoryFigures,
    pageJavaScript,
    integrity,
    floorCpuMsPerRequest: floorCpu.mean,
    floorSpread: floorCpu.spread,
    tolerance: judged.tolerance,
    targets: judged.verdicts,
    problems,
    ok: problems.length === 0 && judged.verdicts.every((v) => v.status !== "FAIL"),
  };
  printReport(report);
  writeReport(report);
  writeReport(report, `bench/results/latest-${DB_KIND}-${INSTANCES}.json`);
  log(`wrote ${writeReport(report, resultFile(DB_KIND, INSTANCES, BOOKINGS))}; whole run ${round((Date.now() - startedAt.getTime()) / 1000)} s`);
  return report.ok ? 0 : 1;
}

export function resultFile(db: string, instances: number, bookings: number): string {
  return `bench/results/latest-${db}-${instances}-${bookings}.json`;
}

function logHistory(history: HistoryResult) {
  log(`added ${history.added} older bookings (${history.years} years back) and ${history.screeningResponses} screenings in SQL in ${history.seconds.toFixed(1)} s`);
}

/** The floor's CPU per request, measured first and last: their mean, and how far apart they were (this run's noise). */
function floorCpuMsPerRequest(results: ScenarioResult[]): { mean: number | null; spread: number | null } {
  const figures = results
    .filter((r) => r.key === "floor" || r.key === "floor-again")
    .flatMap((r) => (r.available && r.serverCpuMsPerRequest !== null ? [r.serverCpuMsPerRequest] : []));
  if (figures.length === 0) return { mean: null, spread: null };
  const mean = figures.reduce((a, b) => a + b, 0) / figures.length;
  return { mean: round(mean), spread: figures.length === 2 ? round(relativeSpread(figures[0]!, figures[1]!)) : null };
}

/** What counts as wrong for a scenario: any non-2xx, except the race's expected 409s. */
function scenarioProblems(scenario: Scenario, statusCounts: Record<string, number>, errors: number, timeouts: number): string[] {
  const problems: string[] = [];
  if (errors > 0 || timeouts > 0) problems.push(`${errors} connection errors, ${timeouts} timeouts`);
  for (const [status, n] of Object.entries(statusCounts)) {
    if (status.startsWith("2")) continue;
    if (scenario.key === "book-race" && status === "409") continue;
    problems.push(`${n} × HTTP ${status}`);
  }
  if (scenario.key === "book-distinct" && Object.keys(statusCounts).some((s) => s !== "201")) {
    problems.push("every distinct-slot booking should answer 201");
  }
  if (scenario.key === "book-race" && (statusCounts["201"] ?? 0) !== scenario.raceSlots) {
    problems.push(`${statusCounts["201"] ?? 0} bookings won ${scenario.raceSlots} raced slots (expected exactly one each)`);
  }
  return problems;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** CPU seconds of every instance's process tree (nginx, which only forwards, is left out). */
/** Why a settling run fell short of `wanted` answers (cut off by its cap, errors, timeouts), or null. */
function settlingShortfall(outcome: LoadOutcome, wanted: number): string | null {
  if (outcome.responses >= wanted && outcome.errors === 0 && outcome.timeouts === 0) return null;
  return `${outcome.responses} of ${wanted} answered (${outcome.errors} errors, ${outcome.timeouts} timeouts) in ${SETTLE_MAX_SECONDS} s`;
}

function instancesCpuSeconds(pids: number[]): number | null {
  const each = pids.map((pid) => serverCpuSeconds(pid));
  return each.some((s) => s === null) ? null : each.reduce((sum: number, s) => sum + (s ?? 0), 0);
}

(args.has("--history") ? compareHistory(process.argv.slice(2)) : main())
  .then((code) => {
    process.exitCode = code;
  })
  .catch(async (error) => {
    console.error(error);
    if (server) console.error(`Server output (tail):\n${server.logTail()}`);
    await server?.stop();
    if (DB_KIND === "postgres") stopPostgres(PG_CLUSTER);
    process.exitCode = 1;
  });
