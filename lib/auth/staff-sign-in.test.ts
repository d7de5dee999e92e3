import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { STAFF_IDLE_SECONDS } from "./database-session";
import { AccountSlowdown, AttemptLimiter, STAFF_SIGN_IN_LIMITS } from "./rate-limit";
import { signInStaff, STAFF_SIGN_IN_FAILED } from "./staff-sign-in";

const password = "correct horse battery staple";
let nurseEmail = "";
let patientEmail = "";

beforeAll(async () => {
  const passwordHash = await hash(password);
  nurseEmail = `nurse-${randomUUID()}@example.test`;
  patientEmail = `patient-${randomUUID()}@example.test`;
  await db.user.create({ data: { email: nurseEmail, name: "Nurse", role: "STAFF", passwordHash } });
  // A patient row with a hash (should never happen) still cannot use the staff door.
  await db.user.create({ data: { email: patientEmail, role: "PATIENT", passwordHash } });
});
afterAll(() => db.$disconnect());

// Fresh counters per test (their own key prefix); sleeps are recorded, not waited.
function fresh() {
  const name = `t-${randomUUID()}`;
  const slept: number[] = [];
  return {
    limiter: new AttemptLimiter(name, STAFF_SIGN_IN_LIMITS, db),
    slowdown: new AccountSlowdown(name, db),
    sleep: async (ms: number) => void slept.push(ms),
    slept,
  };
}

describe("staff password sign-in", () => {
  it("creates a 30-minute database session for the right password", async () => {
    const now = new Date();
    const result = await signInStaff({ email: nurseEmail.toUpperCase(), password, ip: "198.51.100.1" }, fresh(), now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await db.session.findUniqueOrThrow({ where: { sessionToken: result.sessionToken }, select: { expires: true } });
    expect(session.expires.getTime()).toBe(now.getTime() + STAFF_IDLE_SECONDS * 1000);
    expect(JSON.stringify(result)).not.toContain(password);
  });

  it("gives the same answer for a wrong password, an unknown email and a patient", async () => {
    const limiter = fresh();
    for (const attempt of [
      { email: nurseEmail, password: "wrong" },
      { email: `nobody-${randomUUID()}@example.test`, password },
      { email: patientEmail, password },
    ]) {
      expect(await signInStaff({ ...attempt, ip: "198.51.100.2" }, limiter)).toEqual({ ok: false, message: STAFF_SIGN_IN_FAILED });
    }
  });

  it("stops one address guessing one account after the limit, even with the right password", async () => {
    const guards = fresh();
    for (let i = 0; i < 5; i++) await signInStaff({ email: nurseEmail, password: `guess-${i}`, ip: "198.51.100.3" }, guards);
    const result = await signInStaff({ email: nurseEmail, password, ip: "198.51.100.3" }, guards);
    expect(result).toEqual({ ok: false, message: "Too many sign-in requests. Please wait 15 minutes and try again." });
  });

  it("a stranger's wrong passwords do not lock the nurse out at her own address; they slow the account down", async () => {
    const guards = fresh();
    // The stranger rotates addresses, five guesses each.
    for (let i = 0; i < 12; i++) {
      await signInStaff({ email: nurseEmail.toUpperCase(), password: `guess-${i}`, ip: `203.0.113.${Math.floor(i / 5)}` }, guards);
    }
    const result = await signInStaff({ email: nurseEmail, password, ip: "198.51.100.9" }, guards);
    expect(result.ok).toBe(true);
    // Past five failures every attempt on the account waits a little longer.
    expect(guards.slept.slice(0, 1)).toEqual([1000]);
    expect(guards.slept.at(-1)).toBe(7000);
  });

  it("stops one address spraying passwords over many accounts", async () => {
    const guards = fresh();
    let refused = -1;
    for (let i = 0; i < STAFF_SIGN_IN_LIMITS.perIp.points + 1 && refused < 0; i++) {
      const r = await signInStaff({ email: `spray-${i}@example.test`, password: "x", ip: "203.0.113.200" }, guards);
      if (!r.ok && r.message.startsWith("Too many")) refused = i;
    }
    expect(refused).toBe(STAFF_SIGN_IN_LIMITS.perIp.points);
  }, 60_000);
});
