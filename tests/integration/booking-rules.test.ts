// Per-procedure booking rules (docs/decisions/014) through the real use cases,
// on whichever database this run uses: prerequisites first, and no accidental
// duplicate, even when the same patient's requests race.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { createBooking } from "@/lib/booking/create-booking";
import { previewBooking } from "@/lib/booking/preview-booking";
import { rescheduleBooking } from "@/lib/booking/reschedule-booking";
import { DuplicateBookingError } from "@/lib/booking/booking-errors";
import { DomainError } from "@/lib/errors/domain-error";
import { domainErrorBody, httpStatusFor } from "@/lib/http/domain-error-http";
import { FRI_1000, NOW, THU_0900, THU_1000, THU_1100, bookingWriteCounts, seedClinic } from "../support/booking-fixtures";
import { makePatient } from "../support/people";

// Each test its own clinic, so one test's bookings never take another's times.
let clinic: Awaited<ReturnType<typeof seedClinic>>;
beforeEach(async () => {
  clinic = await seedClinic(db);
  // The infusion ("long") needs the consultation ("short") first, as the seed sets it.
  await db.procedurePrerequisite.create({ data: { procedureId: clinic.long.id, requiredId: clinic.short.id } });
});

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const MON_1000 = addDays(THU_1000, 4);

async function refusal(call: Promise<unknown>): Promise<DomainError> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe("a procedure that needs another first", () => {
  it("refuses a brand-new patient the infusion, naming the consultation and linking to it, and writes nothing", async () => {
    const patient = await makePatient(db);
    const before = await bookingWriteCounts(db);
    const error = await refusal(createBooking(patient, { procedureSlug: clinic.long.slug, startsAt: FRI_1000 }, NOW));
    expect(error.code).toBe("PREREQUISITE_MISSING");
    expect(error.message).toBe(`${clinic.long.name} comes after ${clinic.short.name}. Book ${clinic.short.name} first, for an earlier time than this.`);
    expect(domainErrorBody(error)).toEqual({
      error: {
        code: "PREREQUISITE_MISSING",
        message: error.message,
        fields: { procedureSlug: [error.message] },
        next: { label: `Book ${clinic.short.name}`, href: `/procedures/${clinic.short.slug}` },
      },
    });
    expect(httpStatusFor(error)).toBe(422);
    expect(await bookingWriteCounts(db)).toEqual(before);
  });

  it("the book page's preview says the same before any answers are given", async () => {
    const patient = await makePatient(db);
    expect(await previewBooking(clinic.long.slug, FRI_1000, NOW, patient.id)).toMatchObject({
      ok: false,
      code: "PREREQUISITE_MISSING",
      next: { href: `/procedures/${clinic.short.slug}` },
    });
  });

  it("books the infusion after a consultation booked earlier, but not before it", async () => {
    const patient = await makePatient(db);
    await createBooking(patient, { procedureSlug: clinic.short.slug, startsAt: THU_1000 }, NOW);
    expect((await refusal(createBooking(patient, { procedureSlug: clinic.long.slug, startsAt: THU_0900 }, NOW))).code).toBe(
      "PATIENT_ALREADY_BOOKED",
    );
    const infusion = await createBooking(patient, { procedureSlug: clinic.long.slug, startsAt: FRI_1000 }, NOW);
    expect(infusion.status).toBe("CONFIRMED");
  });

  it("counts a completed consultation, and not a cancelled one", async () => {
    const completed = await makePatient(db);
    const earlier = await createBooking(completed, { procedureSlug: clinic.short.slug, startsAt: THU_1000 }, NOW);
    await db.booking.update({ where: { id: earlier.id }, data: { status: "COMPLETED" } });
    expect((await createBooking(completed, { procedureSlug: clinic.long.slug, startsAt: MON_1000 }, NOW)).status).toBe("CONFIRMED");

    const cancelled = await makePatient(db);
    const consult = await createBooking(cancelled, { procedureSlug: clinic.short.slug, startsAt: THU_1100 }, NOW);
    await cancelBooking(cancelled, consult.id, NOW);
    expect((await refusal(createBooking(cancelled, { procedureSlug: clinic.long.slug, startsAt: FRI_1000 }, NOW))).code).toBe(
      "PREREQUISITE_MISSING",
    );
  });

  it("refuses to move the infusion to before the consultation, and keeps its time", async () => {
    const patient = await makePatient(db);
    await createBooking(patient, { procedureSlug: clinic.short.slug, startsAt: FRI_1000 }, NOW);
    const infusion = await createBooking(patient, { procedureSlug: clinic.long.slug, startsAt: MON_1000 }, NOW);
    const before = await bookingWriteCounts(db);
    const error = await refusal(rescheduleBooking(patient, infusion.id, { startsAt: THU_1000 }, NOW));
    expect(error.code).toBe("PREREQUISITE_MISSING");
    expect(await bookingWriteCounts(db)).toEqual(before);
    expect((await db.booking.findUniqueOrThrow({ where: { id: infusion.id } })).startsAt).toEqual(MON_1000);
    // Later than the consultation is fine.
    expect((await rescheduleBooking(patient, infusion.id, { startsAt: addDays(MON_1000, 1) }, NOW)).startsAt).toEqual(addDays(MON_1000, 1));
  });
});

describe("no accidental duplicates", () => {
  it("refuses a second upcoming consultation, shows the first and offers to move it", async () => {
    const patient = await makePatient(db);
    const first = await createBooking(patient, { procedureSlug: clinic.short.slug, startsAt: THU_0900 }, NOW);
    const error = await refusal(createBooking(patient, { procedureSlug: clinic.short.slug, startsAt: THU_1100 }, NOW));
    expect(error).toBeInstanceOf(DuplicateBookingError);
    expect(httpStatusFor(error)).toBe(409);
    expect(error.message).toBe(
      `You already have ${clinic.short.name} on Thursday 3 December 2026 at 9:00 am (${first.reference}). Change that booking instead of booking it again.`,
    );
    expect(error.nextStep).toEqual({ label: "Change that booking", href: `/bookings/${first.id}/reschedule` });
    // Cancelled, it no longer counts; moving the one booking is never a duplicate.
    await cancelBooking(patient, first.id, NOW);
    const second = await createBooking(patient, { procedureSlug: clinic.short.slug, startsAt: THU_1100 }, NOW);
    expect((await rescheduleBooking(patient, second.id, { startsAt: FRI_1000 }, NOW)).startsAt).toEqual(FRI_1000);
  });

  it("allows as many upcoming bookings as the procedure says", async () => {
    const { short } = clinic;
    await db.procedure.update({ where: { id: short.id }, data: { maxUpcomingPerPatient: 2 } });
    const patient = await makePatient(db);
    await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    await createBooking(patient, { procedureSlug: short.slug, startsAt: FRI_1000 }, NOW);
    const error = await refusal(createBooking(patient, { procedureSlug: short.slug, startsAt: MON_1000 }, NOW));
    expect(error.code).toBe("DUPLICATE_BOOKING");
    expect(error.message).toContain("You already have 2 upcoming bookings");
  });

  it("gives one booking to the same patient's parallel attempts at different times", async () => {
    const { short } = clinic;
    const patient = await makePatient(db);
    const starts = [0, 1, 4, 5, 6, 7].map((days) => addDays(THU_1000, days));
    const results = await Promise.allSettled(starts.map((startsAt) => createBooking(patient, { procedureSlug: short.slug, startsAt }, NOW)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason, String(r.reason)).toBeInstanceOf(DuplicateBookingError);
    expect(await db.booking.count({ where: { patientId: patient.id } })).toBe(1);
  });
});
