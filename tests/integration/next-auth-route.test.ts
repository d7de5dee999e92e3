import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

// Integration: the real next-auth route (/api/auth/*) with our wrapper, the
// Prisma adapter and this file's SQLite database. next/headers reads the
// request being handled.
let current: Request | null = null;
vi.mock("next/headers", () => ({
  headers: async () => new Headers(current?.headers),
  cookies: async () => {
    const pairs = (current?.headers.get("cookie") ?? "").split(/;\s*/).filter(Boolean).map((p) => {
      const at = p.indexOf("=");
      return { name: p.slice(0, at), value: decodeURIComponent(p.slice(at + 1)) };
    });
    return { getAll: () => pairs, get: (n: string) => pairs.find((p) => p.name === n) };
  },
}));

beforeAll(() => {
  vi.stubEnv("NEXTAUTH_SECRET", "test-secret-for-next-auth-route-0123456789");
});

const { db } = await import("@/lib/db/client");
const { handleNextAuth, AUTH_BODY_LIMIT_BYTES } = await import("@/lib/auth/next-auth-route");
const { createDatabaseSession, SESSION_COOKIE, STAFF_IDLE_SECONDS } = await import("@/lib/auth/database-session");
const { PEER_ADDRESS_HEADER } = await import("@/lib/http/client-address");
const { ensureClinicRow } = await import("../support/clinic-row");

// Sign-in emails name the clinic, whose row the seed writes in a real database.
beforeAll(() => ensureClinicRow(db));

afterAll(() => db.$disconnect());

const BASE = "http://localhost:3000";

async function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(path, BASE);
  const segments = url.pathname.replace(/^\/api\/auth\//, "").split("/");
  const request = new NextRequest(url, {
    method: init.method ?? "GET",
    headers: { [PEER_ADDRESS_HEADER]: `198.51.100.${Math.floor(Math.random() * 250)}`, ...init.headers },
    body: init.body,
  });
  current = request;
  return handleNextAuth(request, { params: Promise.resolve({ nextauth: segments }) });
}

async function csrf(): Promise<{ token: string; cookie: string }> {
  const res = await call("/api/auth/csrf");
  const token = ((await res.json()) as { csrfToken: string }).csrfToken;
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return { token, cookie };
}

async function askForLink(email: string): Promise<{ status: number; location: string | null; ms: number }> {
  const { token, cookie } = await csrf();
  const started = performance.now();
  const res = await call("/api/auth/signin/email", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ email, csrfToken: token, callbackUrl: `${BASE}/` }).toString(),
  });
  return { status: res.status, location: res.headers.get("location"), ms: performance.now() - started };
}

describe("POST /api/auth/signin/email answers every address alike", () => {
  it("gives staff, patient and unknown addresses the same redirect, emails only the patient, in about the same time", async () => {
    // Fresh addresses each round: the per-address limit is five links.
    const rounds = 13;
    const staff: string[] = [];
    const patients: string[] = [];
    for (let i = 0; i < rounds; i++) {
      staff.push((await db.user.create({ data: { email: `nurse-${randomUUID()}@example.test`, role: "STAFF" } })).email);
      patients.push((await db.user.create({ data: { email: `pat-${randomUUID()}@example.test`, role: "PATIENT" } })).email);
    }
    const times: Record<string, number[]> = { staff: [], patient: [], unknown: [] };
    for (let round = 0; round < rounds; round++) {
      for (const [kind, email] of [["staff", staff[round]!], ["patient", patients[round]!], ["unknown", `nobody-${randomUUID()}@example.test`]] as const) {
        const answer = await askForLink(email);
        expect(answer.status).toBe(302);
        expect(answer.location).toBe(`${BASE}/api/auth/verify-request?provider=email&type=email`);
        if (round > 0) times[kind]!.push(answer.ms); // the first round warms caches
      }
    }
    expect(await db.outboxEmail.count({ where: { to: { in: staff } } })).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: { in: patients } } })).toBe(rounds);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Loose on purpose (a shared machine is noisy): before, staff addresses
    // were answered several times faster than patients'.
    const medians = Object.values(times).map(median);
    expect(Math.min(...medians), JSON.stringify(times)).toBeGreaterThan(Math.max(...medians) / 4);
  }, 60_000);

  it("counts a comma suffix as the same inbox: no more than five emails to one patient", async () => {
    const victim = `victim-${randomUUID()}@example.test`;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await askForLink(`${victim},${i}`)).status);
    expect(statuses.slice(0, 5)).toEqual([302, 302, 302, 302, 302]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    expect(await db.outboxEmail.count({ where: { to: victim } })).toBe(5);
  }, 60_000);
});

describe("GET /api/auth/session keeps the staff idle rule", () => {
  it("moves an active staff session at most 30 minutes ahead and sets no long-lived cookie", async () => {
    const nurse = await db.user.create({ data: { email: `n-${randomUUID()}@example.test`, role: "STAFF", name: "N" } });
    const { sessionToken } = await createDatabaseSession(db, nurse.id, "STAFF", new Date(Date.now() - 10 * 60_000));
    const res = await call("/api/auth/session", { headers: { cookie: `${SESSION_COOKIE}=${sessionToken}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { user?: { email?: string } }).user?.email).toBe(nurse.email);
    const row = await db.session.findUniqueOrThrow({ where: { sessionToken } });
    expect(row.expires.getTime()).toBeLessThanOrEqual(Date.now() + STAFF_IDLE_SECONDS * 1000 + 1000);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? "";
    expect(cookie).not.toMatch(/expires=|max-age=/i);
  });

  it("refuses and deletes a staff session idle for more than 30 minutes", async () => {
    const nurse = await db.user.create({ data: { email: `n-${randomUUID()}@example.test`, role: "ADMIN" } });
    const { sessionToken } = await createDatabaseSession(db, nurse.id, "ADMIN", new Date(Date.now() - 31 * 60_000));
    // Make the row look like next-auth had pushed it 30 days ahead before the fix.
    await db.session.update({ where: { sessionToken }, data: { expires: new Date(Date.now() + 29 * 24 * 3600_000) } });
    await db.session.update({ where: { sessionToken }, data: { expires: new Date(Date.now() - 60_000) } });
    const res = await call("/api/auth/session", { headers: { cookie: `${SESSION_COOKIE}=${sessionToken}` } });
    expect(await res.json()).toEqual({});
    expect(await db.session.findUnique({ where: { sessionToken } })).toBeNull();
  });

  it("still gives patients next-auth's 30-day session", async () => {
    const patient = await db.user.create({ data: { email: `p-${randomUUID()}@example.test`, role: "PATIENT" } });
    const { sessionToken } = await createDatabaseSession(db, patient.id, "PATIENT", new Date(Date.now() - 2 * 24 * 3600_000));
    const res = await call("/api/auth/session", { headers: { cookie: `${SESSION_COOKIE}=${sessionToken}` } });
    expect(((await res.json()) as { user?: unknown }).user).toBeDefined();
    const row = await db.session.findUniqueOrThrow({ where: { sessionToken } });
    expect(row.expires.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000);
  });
});

describe("client input never makes next-auth answer 500", () => {
  it.each([
    ["a non-ASCII error code", "/api/auth/error?error=%E2%80%A8", 400],
    ["a callbackUrl that is not a URL", "/api/auth/signin?callbackUrl=http%3A%2F%2F%25", 400],
    ["a callbackUrl on another site", "/api/auth/signin?callbackUrl=https%3A%2F%2Fevil.example%2F", 400],
  ])("%s (%s) → %i", async (_name, path, status) => {
    expect((await call(path)).status).toBe(status);
  });

  it("refuses an unparsable JSON body with 400 and an oversized one with 413", async () => {
    const { cookie } = await csrf();
    const json = { "content-type": "application/json", cookie };
    expect((await call("/api/auth/signin/email", { method: "POST", headers: json, body: "{bad" })).status).toBe(400);
    expect((await call("/api/auth/signin/email", { method: "POST", headers: json, body: "[1]" })).status).toBe(400);
    const big = JSON.stringify({ email: "a@b.co", pad: "x".repeat(AUTH_BODY_LIMIT_BYTES) });
    expect((await call("/api/auth/signin/email", { method: "POST", headers: json, body: big })).status).toBe(413);
  });

  it("refuses a body callbackUrl that is not a URL", async () => {
    const { token, cookie } = await csrf();
    const res = await call("/api/auth/signin/email", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ email: "a@b.co", csrfToken: token, callbackUrl: ":::" }).toString(),
    });
    expect(res.status).toBe(400);
  });
});
