import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Integration: the real next-auth Email provider and Prisma adapter against
// this file's SQLite database; only the secret is pinned (no data/auth-secret).
beforeAll(() => {
  vi.stubEnv("NEXTAUTH_SECRET", "test-secret-for-sign-in-rate-limit-0123456789");
});

const { db } = await import("@/lib/db/client");
const { requestSignInLink } = await import("./request-sign-in-link");
const { SIGN_IN_LIMITS } = await import("./rate-limit");
const { ensureClinicRow } = await import("@/tests/support/clinic-row");

// The sign-in email names the clinic, read from its row.
beforeAll(() => ensureClinicRow(db));

afterAll(() => db.$disconnect());

const ip = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
const request = (email: string, fromIp: string) => requestSignInLink({ email, callbackUrl: "/sign-in/continue?callbackUrl=%2F", ip: fromIp });

describe("sign-in link requests", () => {
  it("store a hashed token and put the link in the outbox, not in the answer", async () => {
    const email = `new-${randomUUID()}@example.test`;
    expect(await request(email, ip())).toEqual({ ok: true });
    const [mail] = await db.outboxEmail.findMany({ where: { to: email }, select: { kind: true, text: true } });
    expect(mail?.kind).toBe("sign-in");
    const token = /[?&]token=([0-9a-f]+)/.exec(mail!.text)?.[1];
    expect(token).toBeDefined();
    const stored = await db.verificationToken.findMany({ where: { identifier: email }, select: { token: true } });
    expect(stored).toHaveLength(1);
    // Hashed at rest: a database leak does not hand out sign-in links.
    expect(stored[0]!.token).not.toBe(token);
  });

  it("answer a staff address the same way, but send it no link", async () => {
    const staff = await db.user.create({ data: { email: `staff-${randomUUID()}@example.test`, role: "STAFF" }, select: { email: true } });
    expect(await request(staff.email, ip())).toEqual({ ok: true });
    expect(await db.outboxEmail.count({ where: { to: staff.email } })).toBe(0);
  });

  it("stop after too many requests for one email, with a clear message", async () => {
    const email = `hammer-${randomUUID()}@example.test`;
    const results = [];
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.points + 3; i++) results.push(await request(email, ip()));
    expect(results.slice(0, SIGN_IN_LIMITS.perEmail.points).every((r) => r.ok)).toBe(true);
    const refused = results.slice(SIGN_IN_LIMITS.perEmail.points);
    for (const r of refused) {
      expect(r).toEqual({
        ok: false,
        retryAfterSeconds: expect.any(Number),
        message: "Too many sign-in requests. Please wait 15 minutes and try again.",
      });
    }
    // Refused requests send nothing.
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(SIGN_IN_LIMITS.perEmail.points);
    // Case and spaces do not make a fresh allowance.
    expect((await request(`  ${email.toUpperCase()} `, ip())).ok).toBe(false);
  });

  it("stop one address asking for links to many emails", async () => {
    const address = ip();
    let firstRefusal = -1;
    for (let i = 0; i < SIGN_IN_LIMITS.perIp.points + 2; i++) {
      const r = await request(`spray-${i}-${randomUUID()}@example.test`, address);
      if (!r.ok && firstRefusal < 0) {
        firstRefusal = i;
        expect(r.message).toMatch(/^Too many sign-in requests\. Please wait \d+ minutes? and try again\.$/);
      }
    }
    expect(firstRefusal).toBe(SIGN_IN_LIMITS.perIp.points);
    // Another address is unaffected.
    expect((await request(`other-${randomUUID()}@example.test`, ip())).ok).toBe(true);
  });
});
