import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { STAFF_IDLE_SECONDS } from "./database-session";
import { AttemptLimiter } from "./rate-limit";
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

const fresh = () => new AttemptLimiter(`t-${randomUUID()}`, { perEmail: { points: 5, durationSeconds: 900 }, perIp: { points: 50, durationSeconds: 900 } });

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

  it("stops guessing after the limit, even with the right password", async () => {
    const limiter = fresh();
    for (let i = 0; i < 5; i++) await signInStaff({ email: nurseEmail, password: `guess-${i}`, ip: "198.51.100.3" }, limiter);
    const result = await signInStaff({ email: nurseEmail, password, ip: "198.51.100.3" }, limiter);
    expect(result).toEqual({ ok: false, message: "Too many sign-in requests. Please wait 15 minutes and try again." });
  });
});
