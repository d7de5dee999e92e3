// Free slots are kept per instance while the schedules' stamp is unchanged
// (docs/decisions/012). These tests change each thing slots are computed from
// through a second database client — as another instance, a job or a script
// would — and check the very next read sees it, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { db } from "@/lib/db/client";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseUrl } from "@/lib/db/database-url";
import { findFreeSlots, readScheduleStamp } from "@/lib/availability/slot-data";
import { makePatient } from "@/tests/support/people";
import { makeBooking } from "@/lib/staff/test-data";
import { NOW, seedClinic, THU_1000 } from "@/tests/support/booking-fixtures";

// Thursday 3 December 2026 (clinic date); NOW is two days before.
const THURSDAY = { from: "2026-12-03", to: "2026-12-03" };
let other: PrismaClient;
let clinic: Awaited<ReturnType<typeof seedClinic>>;
let patientId: string;

const startsOf = async (slug = clinic.short.slug) => ((await findFreeSlots(slug, THURSDAY, NOW))?.slots ?? []).map((s) => s.startsAt.toISOString());
const whoAt = async (instant: Date) =>
  ((await findFreeSlots(clinic.short.slug, THURSDAY, NOW))?.slots ?? []).find((s) => s.startsAt.getTime() === instant.getTime())?.practitioners.map((p) => p.name) ?? [];

beforeAll(async () => {
  clinic = await seedClinic(db);
  patientId = (await makePatient(db, "Mere Kawhia")).id;
  other = createPrismaClient(databaseUrl());
});

afterAll(async () => {
  await other.$disconnect();
});

describe("free slots kept between reads", () => {
  it("gives the same answer twice when nothing changed, without moving the stamp", async () => {
    const stamp = await readScheduleStamp();
    expect(stamp).not.toBeNull();
    const first = await startsOf();
    expect(first.length).toBeGreaterThan(0);
    expect(await startsOf()).toEqual(first);
    expect(await readScheduleStamp()).toBe(stamp);
  });

  it("sees a booking another instance made, and its cancellation", async () => {
    expect(await whoAt(THU_1000)).toContain(clinic.first.name);
    const booking = await makeBooking(other, {
      patientId,
      procedureId: clinic.short.id,
      practitionerId: clinic.first.id,
      startsAt: THU_1000,
      status: "CONFIRMED",
    });
    expect(await whoAt(THU_1000)).toEqual([clinic.second.name]);

    await other.booking.update({ where: { id: booking.id }, data: { status: "CANCELLED" } });
    expect(await whoAt(THU_1000)).toEqual([clinic.first.name, clinic.second.name]);
  });

  it("sees a booking moved to another time", async () => {
    const booking = await makeBooking(other, {
      patientId,
      procedureId: clinic.short.id,
      practitionerId: clinic.second.id,
      startsAt: THU_1000,
      status: "CONFIRMED",
    });
    expect(await whoAt(THU_1000)).toEqual([clinic.first.name]);
    const later = new Date(THU_1000.getTime() + 4 * 3_600_000);
    await other.booking.update({
      where: { id: booking.id },
      data: { startsAt: later, endsAt: new Date(later.getTime() + 45 * 60_000), blockedUntil: new Date(later.getTime() + 60 * 60_000) },
    });
    expect(await whoAt(THU_1000)).toEqual([clinic.first.name, clinic.second.name]);
    expect(await whoAt(later)).toEqual([clinic.first.name]);
    await other.booking.delete({ where: { id: booking.id } });
    expect(await whoAt(later)).toEqual([clinic.first.name, clinic.second.name]);
  });

  it("sees time off added and removed", async () => {
    const block = await other.timeOff.create({
      data: { practitionerId: clinic.first.id, startsAt: new Date("2026-12-02T19:00:00Z"), endsAt: new Date("2026-12-03T05:00:00Z"), reason: "Course" },
    });
    expect(await whoAt(THU_1000)).toEqual([clinic.second.name]);
    await other.timeOff.delete({ where: { id: block.id } });
    expect(await whoAt(THU_1000)).toEqual([clinic.first.name, clinic.second.name]);
  });

  it("sees opening hours changed", async () => {
    await other.openingHours.updateMany({ where: { practitionerId: clinic.second.id, weekday: 4 }, data: { opensAt: "13:00" } });
    expect(await whoAt(THU_1000)).toEqual([clinic.first.name]);
    await other.openingHours.updateMany({ where: { practitionerId: clinic.second.id, weekday: 4 }, data: { opensAt: "09:00" } });
    expect(await whoAt(THU_1000)).toEqual([clinic.first.name, clinic.second.name]);
  });

  it("sees a practitioner renamed, stopped doing the procedure, or made inactive", async () => {
    await other.practitioner.update({ where: { id: clinic.first.id }, data: { name: `${clinic.first.name} (locum)` } });
    expect(await whoAt(THU_1000)).toEqual([`${clinic.first.name} (locum)`, clinic.second.name]);
    await other.practitioner.update({ where: { id: clinic.first.id }, data: { name: clinic.first.name } });

    await other.practitionerProcedure.delete({ where: { practitionerId_procedureId: { practitionerId: clinic.second.id, procedureId: clinic.short.id } } });
    expect(await whoAt(THU_1000)).toEqual([clinic.first.name]);
    await other.practitionerProcedure.create({ data: { practitionerId: clinic.second.id, procedureId: clinic.short.id } });

    await other.practitioner.update({ where: { id: clinic.first.id }, data: { active: false } });
    expect(await whoAt(THU_1000)).toEqual([clinic.second.name]);
    await other.practitioner.update({ where: { id: clinic.first.id }, data: { active: true } });
    expect(await whoAt(THU_1000)).toEqual([clinic.first.name, clinic.second.name]);
  });

  it("sees a procedure's new length, and a procedure taken off the list", async () => {
    const before = await startsOf();
    await other.procedure.update({ where: { id: clinic.short.id }, data: { durationMinutes: 465 } });
    // 465 + 15 minutes fills the whole 09:00–17:00 day: one start left.
    expect(await startsOf()).toEqual(["2026-12-02T20:00:00.000Z"]);
    await other.procedure.update({ where: { id: clinic.short.id }, data: { durationMinutes: 45 } });
    expect(await startsOf()).toEqual(before);

    await other.procedure.update({ where: { id: clinic.short.id }, data: { active: false } });
    expect(await findFreeSlots(clinic.short.slug, THURSDAY, NOW)).toBeNull();
    await other.procedure.update({ where: { id: clinic.short.id }, data: { active: true } });
  });

  it("applies notice at the time of asking, not the time the answer was kept", async () => {
    const all = await startsOf();
    // Asked later on: 24 hours' notice now falls at Thursday 10:00 clinic time.
    const later = new Date(THU_1000.getTime() - 24 * 3_600_000);
    const offered = ((await findFreeSlots(clinic.short.slug, THURSDAY, later))?.slots ?? []).map((s) => s.startsAt.toISOString());
    expect(offered).toEqual(all.filter((s) => s >= THU_1000.toISOString()));
    expect(offered.length).toBeLessThan(all.length);
  });

  it("does not move the stamp for changes no slot depends on", async () => {
    const booking = await makeBooking(db, {
      patientId,
      procedureId: clinic.short.id,
      practitionerId: clinic.first.id,
      startsAt: new Date("2026-12-03T01:00:00Z"),
      status: "CONFIRMED",
    });
    const stamp = await readScheduleStamp();
    await other.booking.update({ where: { id: booking.id }, data: { reminderSentAt: new Date() } });
    await other.practitioner.update({ where: { id: clinic.first.id }, data: { title: "Senior doctor" } });
    expect(await readScheduleStamp()).toBe(stamp);
  });
});
