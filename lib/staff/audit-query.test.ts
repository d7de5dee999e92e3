import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditFiltersSchema, parseRecordFilter } from "./audit-filters";
import { findAuditPage } from "./audit-query";
import { ensureClinic, makeBooking, makePractitioner, makeProcedure, ZONE } from "./test-data";
import { makePatient, makeStaff } from "@/tests/support/people";

let sam: { id: string };
let alex: { id: string };
let booking: { id: string; reference: string };

beforeAll(async () => {
  await ensureClinic(db);
  const procedure = await makeProcedure(db);
  const practitioner = await makePractitioner(db);
  const patient = await makePatient(db);
  sam = await makeStaff(db, "Sam Patel");
  alex = await makeStaff(db, "Alex Chen");
  booking = await makeBooking(db, { patientId: patient.id, procedureId: procedure.id, practitionerId: practitioner.id, startsAt: new Date("2026-05-01T00:00:00Z") });
  const event = (actorId: string, action: string, entityType: string, entityId: string, createdAt: string) =>
    db.auditEvent.create({ data: { actorId, action, entityType, entityId, createdAt: new Date(createdAt) } });
  await event(sam.id, "screening.viewed", "Booking", booking.id, "2026-03-01T22:00:00Z"); // 2 March NZ
  await event(alex.id, "screening.viewed", "Booking", booking.id, "2026-03-03T22:00:00Z"); // 4 March NZ
  await event(alex.id, "time-off.created", "TimeOff", "timeoff-1", "2026-03-04T22:00:00Z"); // 5 March NZ
});

const page = (input: Record<string, string>) => findAuditPage(auditFiltersSchema.parse(input), ZONE);

describe("the audit trail", () => {
  it("lists newest first with who did it", async () => {
    const result = await page({});
    expect(result.items.map((i) => i.action)).toEqual(["time-off.created", "screening.viewed", "screening.viewed"]);
    expect(result.items[0]!.actor).toMatchObject({ name: "Alex Chen" });
  });

  it("filters by person (part of name or email)", async () => {
    const result = await page({ person: "sam p" });
    expect(result.total).toBe(1);
    expect(result.items[0]!.actor?.id).toBe(sam.id);
  });

  it("filters by booking reference and by Type:id", async () => {
    expect((await page({ record: booking.reference.toLowerCase() })).total).toBe(2);
    expect((await page({ record: "TimeOff:timeoff-1" })).total).toBe(1);
    expect((await page({ record: "CB-ZZZZZ" })).total).toBe(0);
  });

  it("filters by clinic date range", async () => {
    const result = await page({ from: "2026-03-03", to: "2026-03-04" });
    expect(result.items.map((i) => i.actor?.name)).toEqual(["Alex Chen"]);
  });
});

describe("parseRecordFilter", () => {
  it.each([
    ["CB-7K3Q9", { reference: "CB-7K3Q9" }],
    ["Booking:abc", { entityType: "Booking", entityId: "abc" }],
    ["clx123", { entityId: "clx123" }],
  ])("%s", (input, expected) => {
    expect(parseRecordFilter(input)).toEqual(expected);
  });
});
