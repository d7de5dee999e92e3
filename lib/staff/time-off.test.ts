import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import * as z from "zod";
import { db } from "@/lib/db/client";
import { findFreeSlots } from "@/lib/availability/slot-data";
import { createTimeOff, listUpcomingTimeOff } from "./time-off";
import { timeOffSchema } from "./time-off-schema";
import { resultOrRefusal } from "@/tests/support/refusal-of";
import { ensureClinic, makeBooking, makePractitioner, makeProcedure, ZONE } from "./test-data";
import { makePatient, makeStaff } from "@/tests/support/people";

const now = new Date("2026-03-01T20:00:00Z"); // Monday 2 March 2026, 9:00 am NZDT
let practitioner: { id: string; name: string };
let procedure: { id: string; slug: string };
let patient: { id: string };
let staff: CurrentUser;

beforeAll(async () => {
  await ensureClinic(db);
  procedure = await makeProcedure(db);
  practitioner = await makePractitioner(db, "Dr Hine Walker");
  await db.practitionerProcedure.create({ data: { practitionerId: practitioner.id, procedureId: procedure.id } });
  await db.openingHours.createMany({
    data: [1, 2, 3, 4, 5].map((weekday) => ({ practitionerId: practitioner.id, weekday, opensAt: "09:00", closesAt: "17:00" })),
  });
  patient = await makePatient(db, "Aroha Smith");
  staff = await makeStaff(db);
});

const parse = (input: Record<string, string>) => timeOffSchema(now, ZONE).safeParse(input);
const form = { practitionerId: "p", startDate: "2026-03-10", startTime: "09:00", endDate: "2026-03-10", endTime: "13:00", reason: "Conference" };

describe("timeOffSchema", () => {
  it("turns clinic dates and times into UTC instants", () => {
    const result = parse(form);
    expect(result.success && result.data).toMatchObject({
      startsAt: new Date("2026-03-09T20:00:00Z"),
      endsAt: new Date("2026-03-10T00:00:00Z"),
    });
  });

  it.each([
    ["an end before the start", { endTime: "08:00" }, "endTime", "The end must be after the start"],
    ["an end equal to the start", { endTime: "09:00" }, "endTime", "The end must be after the start"],
    ["a start in the past", { startDate: "2026-03-01", endDate: "2026-03-03" }, "startTime", "Choose a start that has not passed yet"],
    ["a date that does not exist", { startDate: "2026-02-30" }, "startDate", "Enter the start date as a real date, YYYY-MM-DD"],
    ["no practitioner", { practitionerId: "" }, "practitionerId", "Choose a practitioner"],
  ])("refuses %s with a message beside the field", (_case, change, field, message) => {
    const result = parse({ ...form, ...change });
    expect(result.success).toBe(false);
    expect((z.flattenError(result.error!).fieldErrors as Record<string, string[]>)[field]).toContain(message);
  });

  it("gives an empty form one message per field, not two", () => {
    const result = parse({ practitionerId: "", startDate: "", startTime: "", endDate: "", endTime: "", reason: "" });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors).toEqual({
      practitionerId: ["Choose a practitioner"],
      startDate: ["Enter the start date"],
      startTime: ["Enter the start time"],
      endDate: ["Enter the end date"],
      endTime: ["Enter the end time"],
    });
  });
});

describe("createTimeOff", () => {
  it("takes the block's slots away from patients and lists the bookings inside it", async () => {
    const inside = await makeBooking(db, {
      patientId: patient.id,
      procedureId: procedure.id,
      practitionerId: practitioner.id,
      startsAt: new Date("2026-03-10T22:00:00Z"), // 11:00 am NZDT, Wednesday 11 March
      status: "CONFIRMED",
    });
    await makeBooking(db, {
      patientId: patient.id,
      procedureId: procedure.id,
      practitionerId: practitioner.id,
      startsAt: new Date("2026-03-11T02:00:00Z"), // 3:00 pm, after the block
      status: "CONFIRMED",
    });
    const before = await findFreeSlots(procedure.slug, { from: "2026-03-11", to: "2026-03-11" }, now);
    expect(before!.slots.some((s) => s.startsAt.toISOString() === "2026-03-10T20:00:00.000Z")).toBe(true);

    const input = timeOffSchema(now, ZONE).parse({ ...form, practitionerId: practitioner.id, startDate: "2026-03-11", endDate: "2026-03-11" });
    const result = await createTimeOff(staff, input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entry.affected.map((b) => b.reference)).toEqual([inside.reference]);
    expect(result.entry.affected[0]).toMatchObject({ patientName: "Aroha Smith" });

    const after = await findFreeSlots(procedure.slug, { from: "2026-03-11", to: "2026-03-11" }, now);
    expect(after!.slots.filter((s) => s.startsAt < new Date("2026-03-11T00:00:00Z"))).toEqual([]);

    const listed = (await listUpcomingTimeOff(now)).find((t) => t.id === result.entry.id);
    expect(listed?.affected.map((b) => b.reference)).toEqual([inside.reference]);
    expect(await db.auditEvent.count({ where: { action: "time-off.created", entityId: result.entry.id, actorId: staff.id } })).toBe(1);
  });

  it("refuses an unknown practitioner with a field error", async () => {
    const input = timeOffSchema(now, ZONE).parse({ ...form, practitionerId: "nobody" });
    expect(await resultOrRefusal(createTimeOff(staff, input))).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: {},
      message: "Choose a practitioner from the list",
    });
  });
});
