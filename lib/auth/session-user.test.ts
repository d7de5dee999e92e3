import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makePatient, makeStaff } from "@/tests/support/people";
import { createDatabaseSession, PATIENT_SESSION_SECONDS, STAFF_IDLE_SECONDS } from "./database-session";
import { findSessionUser } from "./session-user";

// The lookup every signed-in request makes: the token's row, its user and
// role, expiry enforced, staff sessions slid forward.
const NOW = new Date("2026-11-26T10:00:00.000Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);
const expiresOf = async (sessionToken: string) =>
  (await db.session.findUnique({ where: { sessionToken }, select: { expires: true } }))?.expires ?? null;

describe("finding the user a session token signs in", () => {
  it("answers the patient's id, email, name and role, and leaves a patient's expiry alone", async () => {
    const patient = await makePatient(db, "Mere Session");
    const { sessionToken, expires } = await createDatabaseSession(db, patient.id, "PATIENT", NOW);
    expect(await findSessionUser(db, sessionToken, later(3_600_000))).toEqual(patient);
    expect(await expiresOf(sessionToken)).toEqual(expires);
    expect(expires).toEqual(later(PATIENT_SESSION_SECONDS * 1000));
  });

  it("answers null for an unknown or empty token", async () => {
    expect(await findSessionUser(db, "no-such-token", NOW)).toBeNull();
    expect(await findSessionUser(db, "", NOW)).toBeNull();
  });

  it("refuses an expired session and deletes its row", async () => {
    const patient = await makePatient(db);
    const { sessionToken } = await createDatabaseSession(db, patient.id, "PATIENT", NOW);
    expect(await findSessionUser(db, sessionToken, later(PATIENT_SESSION_SECONDS * 1000))).toBeNull();
    expect(await expiresOf(sessionToken)).toBeNull();
  });

  it("slides a staff session to 30 idle minutes from its use, once it has aged a minute", async () => {
    const staff = await makeStaff(db, "Sam Session", "ADMIN");
    const { sessionToken, expires } = await createDatabaseSession(db, staff.id, "STAFF", NOW);
    expect(await findSessionUser(db, sessionToken, later(30_000))).toEqual(staff);
    expect(await expiresOf(sessionToken)).toEqual(expires);
    expect(await findSessionUser(db, sessionToken, later(10 * 60_000))).toEqual(staff);
    expect(await expiresOf(sessionToken)).toEqual(later(10 * 60_000 + STAFF_IDLE_SECONDS * 1000));
    expect(await findSessionUser(db, sessionToken, later(10 * 60_000 + STAFF_IDLE_SECONDS * 1000))).toBeNull();
  });

  it("reads the role as it is now: a patient made staff gets the 30-minute rule at once", async () => {
    const patient = await makePatient(db, "Promoted Patient");
    const { sessionToken } = await createDatabaseSession(db, patient.id, "PATIENT", NOW);
    await db.user.update({ where: { id: patient.id }, data: { role: "STAFF" } });
    expect(await findSessionUser(db, sessionToken, later(60_000))).toEqual({ ...patient, role: "STAFF" });
    expect(await expiresOf(sessionToken)).toEqual(later(60_000 + STAFF_IDLE_SECONDS * 1000));
  });

  it("answers a null name as null", async () => {
    const user = await db.user.create({ data: { email: "nameless@session.test", role: "PATIENT" }, select: { id: true } });
    const { sessionToken } = await createDatabaseSession(db, user.id, "PATIENT", NOW);
    expect(await findSessionUser(db, sessionToken, NOW)).toEqual({ id: user.id, email: "nameless@session.test", name: null, role: "PATIENT" });
  });
});
