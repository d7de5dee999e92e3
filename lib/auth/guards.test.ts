import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// A cookie jar standing in for the request's cookies; sessions are real rows
// in this file's SQLite database.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) }),
}));
// next/navigation's redirect()/forbidden() throw framework signals; make them visible.
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
  forbidden: () => {
    throw new Error("FORBIDDEN");
  },
}));

const { db } = await import("@/lib/db/client");
const { authenticateApi, requireAdmin, requirePatient, requireStaff, requireUser } = await import("./guards");
const { createDatabaseSession, SESSION_COOKIE, STAFF_IDLE_SECONDS } = await import("./database-session");

let n = 0;
async function userWith(role: "PATIENT" | "STAFF" | "ADMIN", opts: { profile?: boolean } = {}) {
  const email = `guard-${role.toLowerCase()}-${++n}@example.test`;
  return db.user.create({
    data: {
      email,
      name: `Guard ${role}`,
      role,
      ...(opts.profile ? { profile: { create: { legalName: "Guard Patient", dateOfBirth: "1980-01-01", phone: "021 555 0100" } } } : {}),
    },
    select: { id: true, email: true, role: true },
  });
}

async function signInAs(user: { id: string; role: "PATIENT" | "STAFF" | "ADMIN" }, now = new Date()) {
  const { sessionToken } = await createDatabaseSession(db, user.id, user.role, now);
  jar.set(SESSION_COOKIE, sessionToken);
  return sessionToken;
}

beforeEach(() => jar.clear());
afterAll(() => db.$disconnect());

describe("authenticateApi", () => {
  it("answers 401 UNAUTHENTICATED with no session cookie", async () => {
    const result = await authenticateApi(["STAFF", "ADMIN"]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(401);
    expect(await result.response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
  });

  it("answers 401 for a token with no session row", async () => {
    jar.set(SESSION_COOKIE, "not-a-real-token");
    const result = await authenticateApi();
    expect(result.ok ? 200 : result.response.status).toBe(401);
  });

  it("answers 403 FORBIDDEN for a patient calling a staff API", async () => {
    await signInAs(await userWith("PATIENT", { profile: true }));
    const result = await authenticateApi(["STAFF", "ADMIN"]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(403);
    expect((await result.response.json()).error.code).toBe("FORBIDDEN");
  });

  it("lets a nurse through with who they are", async () => {
    const nurse = await userWith("STAFF");
    await signInAs(nurse);
    const result = await authenticateApi(["STAFF", "ADMIN"]);
    expect(result).toEqual({ ok: true, user: { id: nurse.id, email: nurse.email, name: "Guard STAFF", role: "STAFF" } });
  });

  it("refuses a staff session idle for more than 30 minutes and removes it", async () => {
    const nurse = await userWith("STAFF");
    const token = await signInAs(nurse, new Date(Date.now() - (STAFF_IDLE_SECONDS + 5) * 1000));
    const result = await authenticateApi(["STAFF"]);
    expect(result.ok ? 200 : result.response.status).toBe(401);
    expect(await db.session.findUnique({ where: { sessionToken: token } })).toBeNull();
  });

  it("slides an active staff session forward", async () => {
    const nurse = await userWith("STAFF");
    const token = await signInAs(nurse, new Date(Date.now() - 10 * 60 * 1000));
    const before = (await db.session.findUniqueOrThrow({ where: { sessionToken: token } })).expires;
    expect((await authenticateApi(["STAFF"])).ok).toBe(true);
    const after = (await db.session.findUniqueOrThrow({ where: { sessionToken: token } })).expires;
    expect(after.getTime() - before.getTime()).toBeGreaterThan(9 * 60 * 1000);
  });
});

describe("page guards", () => {
  it("send an anonymous visitor to sign in, keeping where they were going", async () => {
    await expect(requireUser({ returnTo: "/profile" })).rejects.toThrow("REDIRECT /sign-in?callbackUrl=%2Fprofile");
    await expect(requireStaff("/staff")).rejects.toThrow("REDIRECT /staff/sign-in?callbackUrl=%2Fstaff");
  });

  it("give a patient a 403 on staff and admin pages", async () => {
    await signInAs(await userWith("PATIENT", { profile: true }));
    await expect(requireStaff("/staff")).rejects.toThrow("FORBIDDEN");
    await expect(requireAdmin("/admin")).rejects.toThrow("FORBIDDEN");
  });

  it("give a nurse a 403 on admin pages but not staff pages", async () => {
    const nurse = await userWith("STAFF");
    await signInAs(nurse);
    await expect(requireStaff()).resolves.toMatchObject({ id: nurse.id, role: "STAFF" });
    await expect(requireAdmin()).rejects.toThrow("FORBIDDEN");
    await expect(requirePatient("/bookings")).rejects.toThrow("FORBIDDEN");
  });

  it("send a patient without a profile to complete it first", async () => {
    await signInAs(await userWith("PATIENT"));
    await expect(requirePatient("/bookings")).rejects.toThrow("REDIRECT /profile/complete?callbackUrl=%2Fbookings");
  });

  it("let a patient with a profile through", async () => {
    const patient = await userWith("PATIENT", { profile: true });
    await signInAs(patient);
    await expect(requirePatient("/bookings")).resolves.toMatchObject({ id: patient.id, role: "PATIENT" });
  });
});
