// Three `next start` instances behind nginx on one PostgreSQL database: the
// guarantees hold across processes, and losing one instance loses nothing
// acknowledged. Needs the production build, nginx and TEST_POSTGRES_URL (a
// PostgreSQL admin URL); run by `npm test` (vitest.cluster.config.mts).
import { randomBytes, randomUUID } from "node:crypto";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "@/lib/db/create-client";
import { SESSION_COOKIE } from "@/lib/auth/database-session";
import { SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { createEmptyPostgresDatabase } from "@/scripts/db/postgres-databases";
import { startCluster, type RunningCluster } from "@/scripts/cluster/cluster";

const PORT = Number(process.env.CLUSTER_TEST_PORT ?? 3190);
const PROCEDURE = "follow-up-review"; // no screening: these tests are about writes, not answers
let cluster: RunningCluster;
let db: PrismaClient;
let databaseUrl: string;

function runOrThrow(command: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(command, args, { env: { ...process.env, ...env, CHECKPOINT_DISABLE: "1" }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${r.stderr}`);
}

beforeAll(async () => {
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin) throw new Error("TEST_POSTGRES_URL (a PostgreSQL admin URL) is required: see scripts/test-all.ts");
  databaseUrl = await createEmptyPostgresDatabase(admin, `cluster_${PORT}`);
  runOrThrow("npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: databaseUrl });
  runOrThrow("npx", ["tsx", "prisma/seed.ts"], { DATABASE_URL: databaseUrl });
  db = createPrismaClient(databaseUrl);
  cluster = await startCluster({ instances: 3, port: PORT, env: { ...process.env, DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: "8" }, quiet: true });
}, 240_000);

afterAll(async () => {
  await cluster?.stop();
  await db?.$disconnect();
});

/** Patients with completed profiles and sessions, made in bulk; returns their cookies. */
async function makePatients(count: number): Promise<{ id: string; cookie: string }[]> {
  const people = Array.from({ length: count }, () => ({ id: `c${randomUUID().replace(/-/g, "")}`, token: randomBytes(32).toString("hex") }));
  const expires = new Date(Date.now() + 86_400_000);
  await db.user.createMany({ data: people.map((p) => ({ id: p.id, email: `${p.id}@example.test`, name: "Load Patient", role: "PATIENT" as const, emailVerified: new Date() })) });
  await db.patientProfile.createMany({ data: people.map((p) => ({ userId: p.id, legalName: "Load Patient", dateOfBirth: "1980-01-01", phone: "021 555 0100" })) });
  await db.session.createMany({ data: people.map((p) => ({ sessionToken: p.token, userId: p.id, expires })) });
  return people.map((p) => ({ id: p.id, cookie: `${SESSION_COOKIE}=${p.token}` }));
}

async function makeStaffCookie(): Promise<string> {
  const id = `s${randomUUID().replace(/-/g, "")}`;
  const token = randomBytes(32).toString("hex");
  await db.user.create({ data: { id, email: `${id}@example.test`, name: "Nurse", role: "STAFF", emailVerified: new Date() } });
  await db.session.create({ data: { sessionToken: token, userId: id, expires: new Date(Date.now() + 1_800_000) } });
  return `${SESSION_COOKIE}=${token}`;
}

type Slot = { startsAt: string; practitioners: { id: string }[] };

/** Offered starts with both practitioners free, at most one per clinic day (so they never overlap). */
async function freeStarts(count: number): Promise<Slot[]> {
  const byDay = new Map<string, Slot>();
  for (let offset = 3; offset < 85 && byDay.size < count; offset += 30) {
    const from = new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + (offset + 29) * 86_400_000).toISOString().slice(0, 10);
    const response = await fetch(`${cluster.url}/api/procedures/${PROCEDURE}/slots?from=${from}&to=${to}`);
    expect(response.status).toBe(200);
    const { slots } = (await response.json()) as { slots: Slot[] };
    for (const slot of slots) {
      const day = new Date(slot.startsAt).toLocaleDateString("en-CA", { timeZone: "Pacific/Auckland" });
      if (slot.practitioners.length >= 2 && !byDay.has(day) && byDay.size < count) byDay.set(day, slot);
    }
  }
  expect(byDay.size).toBe(count);
  return [...byDay.values()];
}

function book(cookie: string, body: object, base = cluster.url) {
  return fetch(`${base}/api/bookings`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ procedureSlug: PROCEDURE, ...body }),
  });
}

describe("three instances behind nginx on PostgreSQL", () => {
  it("gives 200 parallel bookings by different patients for 5 starts exactly their capacity, with no 5xx", { timeout: 120_000 }, async () => {
    const starts = await freeStarts(5);
    const capacity = starts.reduce((sum, s) => sum + s.practitioners.length, 0);
    const patients = await makePatients(200);
    const statuses = await Promise.all(
      patients.map(async (patient, i) => {
        const slot = starts[i % starts.length]!;
        const practitioner = slot.practitioners[Math.floor(i / starts.length) % slot.practitioners.length]!;
        const response = await book(patient.cookie, { startsAt: slot.startsAt, practitionerId: practitioner.id });
        return response.status;
      }),
    );
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(capacity);
    expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
    const held = await db.booking.count({ where: { startsAt: { in: starts.map((s) => new Date(s.startsAt)) }, status: { in: ["CONFIRMED", "FLAGGED"] } } });
    expect(held).toBe(capacity);
  });

  it("gives one booking to 10 parallel requests by one patient for the same time, spread over the instances", { timeout: 60_000 }, async () => {
    const [slot] = await freeStarts(1);
    const [patient] = await makePatients(1);
    const statuses = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const practitioner = slot!.practitioners[i % 2]!;
        return (await book(patient!.cookie, { startsAt: slot!.startsAt, practitionerId: practitioner.id })).status;
      }),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
    expect(await db.booking.count({ where: { patientId: patient!.id } })).toBe(1);
  });

  it("lets one of two staff deciding the same flagged booking on different instances win; the other gets 409", { timeout: 60_000 }, async () => {
    const [slot] = await freeStarts(1);
    const [patient] = await makePatients(1);
    const procedure = await db.procedure.findUniqueOrThrow({ where: { slug: PROCEDURE }, select: { id: true, durationMinutes: true } });
    const startsAt = new Date(slot!.startsAt);
    const endsAt = new Date(startsAt.getTime() + procedure.durationMinutes * 60_000);
    const booking = await db.booking.create({
      data: {
        reference: `CB-${randomBytes(3).toString("hex").toUpperCase().slice(0, 5)}`,
        patientId: patient!.id,
        procedureId: procedure.id,
        practitionerId: slot!.practitioners[0]!.id,
        startsAt,
        endsAt,
        blockedUntil: endsAt,
        status: "FLAGGED",
      },
      select: { id: true, version: true },
    });
    const [first, second] = await Promise.all([makeStaffCookie(), makeStaffCookie()]);
    const decide = (cookie: string, instance: number, decision: string) =>
      fetch(`http://127.0.0.1:${cluster.instances[instance]!.port}/api/staff/bookings/${booking.id}/decision`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ decision, note: "Decided in the cross-instance test", expectedVersion: booking.version }),
      });
    const statuses = (await Promise.all([decide(first, 0, "CLEAR_TO_PROCEED"), decide(second, 1, "CANCEL")])).map((r) => r.status);
    expect(statuses.sort()).toEqual([200, 409]);
    expect(await db.review.count({ where: { bookingId: booking.id } })).toBe(1);
  });

  it("counts sign-in requests for one address together across the instances", { timeout: 60_000 }, async () => {
    const email = `limit-${randomUUID()}@example.test`;
    const statuses: number[] = [];
    // Sequential through nginx: round robin spreads them over the three instances.
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.points + 1; i++) {
      const response = await fetch(`${cluster.url}/api/auth/signin/email`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email }).toString(),
        redirect: "manual",
      });
      statuses.push(response.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
  });

  it("loses no acknowledged booking when one instance is killed under load, and the others keep answering", { timeout: 120_000 }, async () => {
    const starts = await freeStarts(20);
    const patients = await makePatients(120);
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    // Status lines whose body the kill cut off: nginx cannot turn a response
    // into a 502 once its headers are out, and the client never learned the answer.
    const cutOff: number[] = [];
    let answered = 0;
    const victim = cluster.instances[2]!;
    const load = Promise.all(
      patients.map(async (patient, i) => {
        // A little spread so the kill lands mid-load.
        await new Promise((r) => setTimeout(r, (i % 40) * 25));
        const slot = starts[i % starts.length]!;
        const practitioner = slot.practitioners[Math.floor(i / starts.length) % 2]!;
        try {
          const response = await book(patient.cookie, { startsAt: slot.startsAt, practitionerId: practitioner.id });
          let body: string;
          try {
            body = await response.text();
          } catch {
            cutOff.push(response.status);
            return;
          }
          statuses.push(response.status);
          if (response.status === 201) acknowledged.push((JSON.parse(body) as { booking: { id: string } }).booking.id);
        } catch {
          statuses.push(0);
        } finally {
          if (++answered === 30) victim.process.kill("SIGKILL");
        }
      }),
    );
    await load;
    expect(victim.process.signalCode).toBe("SIGKILL");
    expect(acknowledged.length).toBeGreaterThan(0);
    // Every booking the clinic said yes to is in the database.
    const stored = await db.booking.findMany({ where: { id: { in: acknowledged } }, select: { id: true } });
    expect(stored.map((b) => b.id).sort()).toEqual([...acknowledged].sort());
    // Requests the killed instance had taken (or nginx had already sent it)
    // fail as 502 from nginx — a POST is never replayed on another instance,
    // as it may have been acted on. Nothing else fails, and never as a 500.
    expect(statuses.filter((s) => s !== 201 && s !== 409 && s !== 502)).toEqual([]);
    expect(cutOff.filter((s) => s !== 201 && s !== 409)).toEqual([]);
    // The other two keep answering, through nginx.
    const after = await Promise.all(Array.from({ length: 12 }, () => fetch(`${cluster.url}/api/procedures`).then((r) => r.status)));
    expect(after.every((s) => s === 200)).toBe(true);
    const [late] = await makePatients(1);
    const [lateSlot] = await freeStarts(1);
    expect((await book(late!.cookie, { startsAt: lateSlot!.startsAt, practitionerId: lateSlot!.practitioners[0]!.id })).status).toBe(201);
  });
});
