// Check-then-write under concurrency, on whichever database this run uses.
// On PostgreSQL (READ COMMITTED, a pool of connections) nothing but the
// database keeps these apart; on SQLite, BEGIN IMMEDIATE does.
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBooking } from "@/lib/booking/create-booking";
import { PatientAlreadyBookedError, SlotNotOfferedError, SlotTakenError } from "@/lib/booking/booking-errors";
import { savePatientProfile } from "@/lib/patients/save-patient-profile";
import { createTimeOff } from "@/lib/staff/time-off";
import { deliverPendingEmails } from "@/lib/notifications/deliver-outbox";
import { enqueueEmail } from "@/lib/notifications/outbox";
import { NOW, THU_1000, THU_1030, seedClinic } from "../support/booking-fixtures";
import { makePatient, makeStaff } from "../support/people";

let clinic: Awaited<ReturnType<typeof seedClinic>>;
beforeAll(async () => {
  clinic = await seedClinic(db);
});

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

describe("one patient booking overlapping times at once", () => {
  it("gives exactly one booking to 10 parallel requests over two practitioners and two overlapping starts", async () => {
    const patient = await makePatient(db, "Eager Patient");
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        createBooking(
          patient,
          { procedureSlug: clinic.short.slug, startsAt: i % 2 ? THU_1030 : THU_1000, practitionerId: i % 4 < 2 ? clinic.first.id : clinic.second.id },
          NOW,
        ),
      ),
    );
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const reason of refused) expect(reason instanceof PatientAlreadyBookedError || reason instanceof SlotTakenError, String(reason)).toBe(true);
    expect(await db.booking.count({ where: { patientId: patient.id } })).toBe(1);
  });
});

describe("first profile saves at once", () => {
  it("creates one profile and answers every save without an error", async () => {
    const user = await db.user.create({ data: { email: `p-${randomUUID()}@example.test` }, select: { id: true } });
    const input = { legalName: "Aroha Parallel", dateOfBirth: "1985-03-04", phone: "021 555 0101", nhi: null };
    const results = await Promise.all(Array.from({ length: 5 }, () => savePatientProfile({ id: user.id, role: "PATIENT" }, input)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db.patientProfile.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "profile.created" } })).toBe(1);
  });
});

describe("time off blocked while a patient books inside it", () => {
  it("either refuses the booking or lists it among the bookings the time off affects", async () => {
    const staff = await makeStaff(db);
    for (let week = 1; week <= 6; week++) {
      const startsAt = addDays(THU_1000, 7 * week);
      const patient = await makePatient(db);
      const [booking, timeOff] = await Promise.allSettled([
        createBooking(patient, { procedureSlug: clinic.short.slug, startsAt, practitionerId: clinic.first.id }, NOW),
        createTimeOff(staff, { practitionerId: clinic.first.id, startsAt: addDays(startsAt, 0), endsAt: new Date(startsAt.getTime() + 3_600_000), reason: "" }),
      ]);
      expect(timeOff.status).toBe("fulfilled");
      const entry = (timeOff as PromiseFulfilledResult<Awaited<ReturnType<typeof createTimeOff>>>).value;
      if (booking.status === "fulfilled") {
        expect(entry.entry.affected.map((a) => a.id)).toContain(booking.value.id);
      } else {
        // Refused as taken (409) or, when the time off was read first, as not offered (422).
        expect(booking.reason instanceof SlotTakenError || booking.reason instanceof SlotNotOfferedError, String(booking.reason)).toBe(true);
      }
    }
  });
});

describe("two email deliverers at once", () => {
  it("sends each pending email once, even when one is still sending as the other starts", async () => {
    const tag = randomUUID();
    for (let i = 0; i < 6; i++) await enqueueEmail(db, { to: `twice-${i}-${tag}@example.test`, subject: "Hello", text: "Hi", kind: "test" });
    const sent: string[] = [];
    const slow = nodemailer.createTransport({ jsonTransport: true });
    const original = slow.sendMail.bind(slow);
    slow.sendMail = (async (mail: nodemailer.SendMailOptions) => {
      await new Promise((r) => setTimeout(r, 60));
      sent.push(String(mail.to));
      return original(mail);
    }) as typeof slow.sendMail;
    const first = deliverPendingEmails({ db, from: "clinic@example.test", transport: slow });
    await new Promise((r) => setTimeout(r, 90));
    const second = deliverPendingEmails({ db, from: "clinic@example.test", transport: slow });
    await Promise.all([first, second]);
    const mine = sent.filter((to) => to.endsWith(`${tag}@example.test`));
    expect(mine.sort()).toEqual(Array.from({ length: 6 }, (_, i) => `twice-${i}-${tag}@example.test`).sort());
    // Earlier tests' confirmations were pending too: none of those went twice either.
    expect(sent.length).toBe(new Set(sent).size);
  });
});
