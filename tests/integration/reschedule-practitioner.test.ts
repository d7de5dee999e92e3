import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createBooking } from "@/lib/booking/create-booking";
import { previewReschedule } from "@/lib/booking/preview-booking";
import { rescheduleBooking } from "@/lib/booking/reschedule-booking";
import { httpStatusFor } from "@/lib/http/domain-error-http";
import { FRI_1000, NOW, THU_1000, bookingWriteCounts, seedClinic } from "@/tests/support/booking-fixtures";
import { makePatient } from "@/tests/support/people";

// Rescheduling never changes the doctor silently: the same practitioner when
// they are free at the new time, otherwise only the one the patient chose.
describe("rescheduling and the practitioner", () => {
  it("keeps the practitioner when they are free at the new time, even when another is first in the list", async () => {
    const { short, second } = await seedClinic(db);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: second.id }, NOW);
    const preview = await previewReschedule(patient, booking, FRI_1000, NOW);
    expect(preview).toMatchObject({ ok: true, needsPractitionerChoice: false, practitioner: { id: second.id } });
    const moved = await rescheduleBooking(patient, booking.id, { startsAt: FRI_1000 }, NOW);
    expect(moved.practitioner.id).toBe(second.id);
  });

  it("asks when the practitioner is busy then: the move without a choice is refused and writes nothing", async () => {
    const { short, first, second } = await seedClinic(db);
    await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: FRI_1000, practitionerId: first.id }, NOW);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);

    const preview = await previewReschedule(patient, booking, FRI_1000, NOW);
    expect(preview).toMatchObject({ ok: true, needsPractitionerChoice: true });
    expect(preview.ok && preview.free.map((p) => p.id)).toEqual([second.id]);

    const before = await bookingWriteCounts(db);
    const refused = await rescheduleBooking(patient, booking.id, { startsAt: FRI_1000 }, NOW).catch((e) => e);
    expect(httpStatusFor(refused)).toBe(422);
    expect(refused).toMatchObject({
      code: "PRACTITIONER_CHOICE_NEEDED",
      field: "practitionerId",
      message: `${first.name} is not free at that time. Choose who you would like to see instead, or choose another time.`,
    });
    expect(await bookingWriteCounts(db)).toEqual(before);
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).practitionerId).toBe(first.id);
  });

  it("moves to the practitioner the patient chose, and records the change", async () => {
    const { short, first, second } = await seedClinic(db);
    await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: FRI_1000, practitionerId: first.id }, NOW);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);

    const moved = await rescheduleBooking(patient, booking.id, { startsAt: FRI_1000, practitionerId: second.id }, NOW);
    expect(moved.practitioner.id).toBe(second.id);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: booking.id, action: "booking.rescheduled" } });
    expect(JSON.parse(String(audit.details))).toMatchObject({ fromPractitionerId: first.id, toPractitionerId: second.id });
  });

  it("refuses a chosen practitioner who is not free then, rather than giving someone else", async () => {
    const { short, first, second } = await seedClinic(db);
    await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: FRI_1000, practitionerId: second.id }, NOW);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
    const before = await bookingWriteCounts(db);
    await expect(rescheduleBooking(patient, booking.id, { startsAt: FRI_1000, practitionerId: second.id }, NOW)).rejects.toMatchObject({
      code: "SLOT_TAKEN",
    });
    expect(await bookingWriteCounts(db)).toEqual(before);
  });
});
