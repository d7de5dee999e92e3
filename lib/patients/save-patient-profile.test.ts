import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { savePatientProfile } from "./save-patient-profile";

afterAll(() => db.$disconnect());

const base = { legalName: "Mere Thompson", dateOfBirth: "1979-11-02", phone: "021 555 0100", nhi: null };

async function auditFor(userId: string) {
  return db.auditEvent.findMany({ where: { actorId: userId }, orderBy: { createdAt: "asc" }, select: { action: true, entityType: true, details: true } });
}

describe("saving a patient profile", () => {
  it("creates the profile, names the user, and audits which fields were set", async () => {
    const user = await db.user.create({ data: { email: `p-${randomUUID()}@example.test` }, select: { id: true } });
    expect(await savePatientProfile({ id: user.id, role: "PATIENT" }, base)).toEqual({ created: true, changed: ["legalName", "dateOfBirth", "phone"] });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } })).toEqual({ name: "Mere Thompson" });
    expect(await auditFor(user.id)).toEqual([
      { action: "profile.created", entityType: "PatientProfile", details: JSON.stringify({ fields: "legalName,dateOfBirth,phone" }) },
    ]);
  });

  it("audits a correction by field name only, and skips saves that change nothing", async () => {
    const user = await db.user.create({ data: { email: `p-${randomUUID()}@example.test` }, select: { id: true } });
    await savePatientProfile({ id: user.id, role: "PATIENT" }, base);
    expect(await savePatientProfile({ id: user.id, role: "PATIENT" }, { ...base, phone: "+64 27 123 4567", nhi: "ZAC5361" })).toEqual({ created: false, changed: ["phone", "nhi"] });
    expect(await savePatientProfile({ id: user.id, role: "PATIENT" }, { ...base, phone: "+64 27 123 4567", nhi: "ZAC5361" })).toEqual({ created: false, changed: [] });
    const events = await auditFor(user.id);
    expect(events.map((e) => e.action)).toEqual(["profile.created", "profile.updated"]);
    expect(events[1]!.details).toBe(JSON.stringify({ fields: "phone,nhi" }));
    expect(events[1]!.details).not.toContain("123 4567");
  });
});
