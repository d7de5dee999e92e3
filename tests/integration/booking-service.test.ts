import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { insertRows, newRowId } from "@/lib/db/raw-insert";
import { sqlTime } from "@/lib/db/sql-time";
import type { Sql } from "@/lib/db/sql-transaction";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { createBooking } from "@/lib/booking/create-booking";
import { getBookingForUser, listBookingsForPatient } from "@/lib/booking/booking-data";
import { previewBooking } from "@/lib/booking/preview-booking";
import { rescheduleBooking } from "@/lib/booking/reschedule-booking";
import { httpStatusFor } from "@/lib/http/domain-error-http";
import { applyTransition } from "@/lib/booking/apply-transition";
import { assertPatientAndPractitionerFree } from "@/lib/booking/booking-checks";
import {
  BookingNotFoundError,
  PatientAlreadyBookedError,
  ProcedureNotFoundError,
  SlotNotOfferedError,
  SlotTakenError,
  StaleBookingError,
  TransitionRefusedError,
} from "@/lib/booking/booking-errors";
import { REFERENCE_PATTERN } from "@/lib/booking/reference";
import {
  FRI_1000,
  NOW,
  THU_0900,
  THU_1000,
  THU_1030,
  THU_1100,
  bookingWriteCounts,
  seedClinic,
} from "@/tests/support/booking-fixtures";
import { makePatient, makeStaff } from "@/tests/support/people";

let clinic: Awaited<ReturnType<typeof seedClinic>>;
beforeAll(async () => {
  clinic = await seedClinic(db);
});

const claimsOf = (bookingId: string) =>
  db.slotClaim.findMany({ where: { bookingId }, orderBy: { cellStart: "asc" }, select: { cellStart: true, practitionerId: true } });

describe("the checks inside a new booking's transaction", () => {
  // What changed after the time was offered (another tab's booking, time off
  // staff just blocked) is refused here, from one read.
  const patientTime = (patientId: string, startsAt: Date) => ({ patientId, startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000), now: NOW });
  const hold = (practitionerId: string, startsAt: Date) => ({ practitionerId, startsAt, blockedUntil: new Date(startsAt.getTime() + 60 * 60_000) });

  it("refuses time off the practitioner has since blocked, the patient's own clash first, and otherwise gives the title", async () => {
    const { short, first, second } = await seedClinic(db);
    await db.timeOff.create({ data: { practitionerId: first.id, startsAt: THU_1030, endsAt: FRI_1000 } });
    const patient = await makePatient(db);

    expect(await assertPatientAndPractitionerFree(db, patientTime(patient.id, THU_0900), "Pacific/Auckland", hold(first.id, THU_0900))).toEqual({ title: "Doctor" });
    await expect(assertPatientAndPractitionerFree(db, patientTime(patient.id, THU_1000), "Pacific/Auckland", hold(first.id, THU_1000))).rejects.toBeInstanceOf(SlotTakenError);

    await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: second.id }, NOW);
    await expect(assertPatientAndPractitionerFree(db, patientTime(patient.id, THU_1000), "Pacific/Auckland", hold(first.id, THU_1000))).rejects.toBeInstanceOf(PatientAlreadyBookedError);
  });
});

describe("createBooking", () => {
  it("books an offered time with a reference, claims, history, audit and a confirmation email with a calendar file", async () => {
    const { short } = await seedClinic(db);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);

    expect(booking.reference).toMatch(REFERENCE_PATTERN);
    expect(booking.status).toBe("CONFIRMED");
    expect(booking.endsAt).toEqual(new Date(THU_1000.getTime() + 45 * 60_000));
    // 45 min + 15 min buffer = four 15-minute cells.
    const claims = await claimsOf(booking.id);
    expect(claims.map((c) => c.cellStart.toISOString())).toEqual([
      "2026-12-02T21:00:00.000Z",
      "2026-12-02T21:15:00.000Z",
      "2026-12-02T21:30:00.000Z",
      "2026-12-02T21:45:00.000Z",
    ]);
    expect(await db.bookingChange.count({ where: { bookingId: booking.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: booking.id, action: "booking.created" } })).toBe(1);

    const email = await db.outboxEmail.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(email.to).toBe(patient.email);
    expect(email.kind).toBe("booking-confirmed");
    expect(email.text).toContain(booking.reference);
    expect(email.text).toContain("Thursday 3 December 2026 at 10:00 am New Zealand time (NZDT)");
    expect(email.icsContent).toContain("DTSTART:20261202T210000Z");
    expect(email.icsContent).toContain("DTEND:20261202T214500Z");
    expect(email.icsContent).toContain("LOCATION:Test Clinic\\, 1 Test Street\\, Auckland");
    expect(email.icsContent).toContain(booking.reference);
  });

  it("books the first free practitioner when none was chosen, and the chosen one when one was", async () => {
    const { short, first, second } = await seedClinic(db);
    const a = await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    expect(a.practitioner.id).toBe(first.id);
    // The first is now busy at 10:00, so the next patient gets the second.
    const b = await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    expect(b.practitioner.id).toBe(second.id);
    const c = await createBooking(
      await makePatient(db),
      { procedureSlug: short.slug, startsAt: THU_1100, practitionerId: second.id },
      NOW,
    );
    expect(c.practitioner.id).toBe(second.id);
  });

  it("lets the caller choose the initial status and add writes to the same transaction", async () => {
    const { short } = await seedClinic(db);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW, {
      statusFor: () => "FLAGGED",
      withinTransaction: async (tx, created) => {
        await recordAudit(tx, { actorId: null, action: "test.extra", entityType: "Booking", entityId: created.id });
      },
    });
    expect(booking.status).toBe("FLAGGED");
    expect(await db.auditEvent.count({ where: { entityId: booking.id, action: "test.extra" } })).toBe(1);
    expect((await db.outboxEmail.findFirstOrThrow({ where: { bookingId: booking.id } })).subject).toMatch(/awaiting review/);
  });

  it("writes nothing at all when the extra writes fail", async () => {
    const { short } = await seedClinic(db);
    const patient = await makePatient(db);
    const before = await bookingWriteCounts(db);
    await expect(
      createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW, {
        withinTransaction: async () => {
          throw new Error("screening save failed");
        },
      }),
    ).rejects.toThrow("screening save failed");
    expect(await bookingWriteCounts(db)).toEqual(before);
  });

  it("gives exactly one booking and 19 SlotTakenErrors to 20 parallel requests for one slot", async () => {
    const { short, first } = await seedClinic(db);
    const patients = await Promise.all(Array.from({ length: 20 }, (_, i) => makePatient(db, `Racer ${i}`)));
    const before = await bookingWriteCounts(db);
    const results = await Promise.allSettled(
      patients.map((p) =>
        createBooking(p, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const r of lost) {
      expect(r.reason).toBeInstanceOf(SlotTakenError);
      expect(r.reason).toMatchObject({ code: "SLOT_TAKEN", message: "That time was just taken. Please choose another." });
      expect(httpStatusFor(r.reason)).toBe(409);
    }
    const after = await bookingWriteCounts(db);
    expect(after.bookings - before.bookings).toBe(1);
    expect(after.claims - before.claims).toBe(4);
    expect(after.emails - before.emails).toBe(1);
    expect(after.audits - before.audits).toBe(1);
  });

  it("refuses, in the database, a longer procedure that overlaps a shorter one for the same practitioner", async () => {
    const { short, long, first } = await seedClinic(db);
    // 10:30–11:15 (+15 min buffer) consult is held first…
    await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1030, practitionerId: first.id }, NOW);
    // …and a 9:00 infusion (3 h + 30 min) would cover it. The availability read
    // is bypassed by writing the claim directly, to prove the database refuses it.
    const patient = await makePatient(db);
    const infusion = await db.booking.create({
      data: {
        reference: "CB-TEST1",
        patientId: patient.id,
        procedureId: long.id,
        practitionerId: first.id,
        startsAt: THU_0900,
        endsAt: new Date(THU_0900.getTime() + 180 * 60_000),
        blockedUntil: new Date(THU_0900.getTime() + 210 * 60_000),
        status: "CONFIRMED",
      },
    });
    const { claimTime } = await import("@/lib/booking/booking-writes");
    await expect(
      db.$transaction((tx) => claimTime(tx, { ...infusion, blockedUntil: infusion.blockedUntil })),
    ).rejects.toBeInstanceOf(SlotTakenError);
    expect(await db.slotClaim.count({ where: { bookingId: infusion.id } })).toBe(0);
    // Through the service the same request (from another patient) is refused as taken (409).
    await expect(
      createBooking(await makePatient(db), { procedureSlug: long.slug, startsAt: THU_0900, practitionerId: first.id }, NOW),
    ).rejects.toBeInstanceOf(SlotTakenError);
  });

  it("lets back-to-back bookings share a boundary but not a cell", async () => {
    const { short, first } = await seedClinic(db);
    // 10:00 + 45 + 15 buffer ends at 11:00: an 11:00 start is fine.
    await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
    const next = await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1100, practitionerId: first.id }, NOW);
    expect(next.practitioner.id).toBe(first.id);
  });

  it.each([
    ["a time in the past", () => new Date(NOW.getTime() - 3_600_000), /already passed/],
    ["a time within 24 hours", () => new Date(NOW.getTime() + 2 * 3_600_000), /not available to book/],
    ["a time off the offered grid", () => new Date(THU_1000.getTime() + 10 * 60_000), /not available to book/],
    ["a time outside opening hours", () => new Date("2026-12-03T06:00:00Z"), /not available to book/],
  ])("refuses %s with a clear message and writes nothing", async (_name, startsAt, message) => {
    const { short } = await seedClinic(db);
    const before = await bookingWriteCounts(db);
    const attempt = createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: startsAt() }, NOW);
    await expect(attempt).rejects.toBeInstanceOf(SlotNotOfferedError);
    await expect(attempt).rejects.toThrow(message);
    const after = await bookingWriteCounts(db);
    expect(after).toEqual(before);
  });

  it("refuses a patient who has not completed their profile, whichever door they came through", async () => {
    const { short } = await seedClinic(db);
    const user = await db.user.create({ data: { email: `no-profile-${THU_1000.getTime()}-${Math.random()}@example.test`, role: "PATIENT" }, select: { id: true, email: true } });
    const before = await bookingWriteCounts(db);
    const attempt = createBooking({ ...user, name: null, role: "PATIENT" }, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    await expect(attempt).rejects.toMatchObject({ code: "PROFILE_INCOMPLETE" });
    expect(httpStatusFor(await attempt.catch((e) => e))).toBe(403);
    expect(await bookingWriteCounts(db)).toEqual(before);
  });

  it("refuses an unknown procedure as not found", async () => {
    await expect(
      createBooking(await makePatient(db), { procedureSlug: "no-such-thing", startsAt: THU_1000 }, NOW),
    ).rejects.toBeInstanceOf(ProcedureNotFoundError);
  });

  it("answers 'just taken' for a chosen practitioner already booked then, and 'not available' for one who never offers it", async () => {
    const { short, first } = await seedClinic(db);
    await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
    await expect(
      createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW),
    ).rejects.toBeInstanceOf(SlotTakenError);
    await expect(
      createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: "someone-else" }, NOW),
    ).rejects.toBeInstanceOf(SlotNotOfferedError);
  });

  it("refuses a chosen practitioner on time off as not offered with them, writes nothing, and still books the other", async () => {
    const { short, first, second } = await seedClinic(db);
    await db.timeOff.create({ data: { practitionerId: first.id, startsAt: THU_1000, endsAt: THU_1100 } });
    const before = await bookingWriteCounts(db);
    const attempt = createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
    await expect(attempt).rejects.toBeInstanceOf(SlotNotOfferedError);
    await expect(attempt).rejects.toMatchObject({ code: "SLOT_NOT_AVAILABLE", params: { reason: "PRACTITIONER" } });
    expect(httpStatusFor(await attempt.catch((e) => e))).toBe(422);
    expect(await bookingWriteCounts(db)).toEqual(before);
    const booked = await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: second.id }, NOW);
    expect(booked.practitioner.id).toBe(second.id);
  });

  it("tells a patient who already holds that time so, before their chosen practitioner's time off", async () => {
    const { short, first, second } = await seedClinic(db);
    const patient = await makePatient(db);
    await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: second.id }, NOW);
    await db.timeOff.create({ data: { practitionerId: first.id, startsAt: THU_1000, endsAt: THU_1100 } });
    const before = await bookingWriteCounts(db);
    const attempt = createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
    await expect(attempt).rejects.toBeInstanceOf(PatientAlreadyBookedError);
    expect(await bookingWriteCounts(db)).toEqual(before);
  });

  it("answers 'just taken' when the whole slot is booked by the time the request is checked", async () => {
    const { short } = await seedClinic(db);
    await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    await expect(
      createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000 }, NOW),
    ).rejects.toBeInstanceOf(SlotTakenError);
  });
});

describe("one patient, one place at a time", () => {
  it("refuses a second booking that overlaps one the patient already holds, even with another practitioner", async () => {
    const { short, long, first, second } = await seedClinic(db);
    const patient = await makePatient(db);
    const held = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
    const before = await bookingWriteCounts(db);
    // 9:00–12:00 infusion with the other doctor overlaps the 10:00 consult.
    const attempt = createBooking(patient, { procedureSlug: long.slug, startsAt: THU_0900, practitionerId: second.id }, NOW);
    await expect(attempt).rejects.toBeInstanceOf(PatientAlreadyBookedError);
    expect(httpStatusFor(await attempt.catch((e) => e))).toBe(409);
    await expect(attempt).rejects.toMatchObject({
      code: "PATIENT_ALREADY_BOOKED",
      field: "startsAt",
      message: `You already have a booking at that time (${held.reference}, ${short.name} at 10:00 am). Choose another time or change that booking.`,
    });
    expect(await bookingWriteCounts(db)).toEqual(before);
    // Someone else may still book the other doctor then.
    await createBooking(await makePatient(db), { procedureSlug: long.slug, startsAt: THU_0900, practitionerId: second.id }, NOW);
  });

  it("says 'you already have a booking' rather than 'just taken' when the patient confirms the same time again", async () => {
    const { short, first } = await seedClinic(db);
    const patient = await makePatient(db);
    await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
    await expect(
      createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW),
    ).rejects.toBeInstanceOf(PatientAlreadyBookedError);
    const preview = await previewBooking(short.slug, THU_1000, NOW, patient.id);
    expect(preview).toMatchObject({ ok: false, code: "PATIENT_ALREADY_BOOKED", message: expect.stringMatching(/^You already have a booking at that time/) });
  });

  it("lets a patient book right after an appointment ends, and again once the first is cancelled", async () => {
    const { short, long } = await seedClinic(db);
    const patient = await makePatient(db);
    // 10:00–10:45 then 11:00: no overlap for the patient.
    const early = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    await createBooking(patient, { procedureSlug: long.slug, startsAt: THU_1100 }, NOW);
    await cancelBooking(patient, early.id, NOW);
    await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
  });

  it("refuses to move a booking onto another of the patient's bookings, but not onto its own time", async () => {
    const { short, long } = await seedClinic(db);
    const patient = await makePatient(db);
    const thursday = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    const friday = await createBooking(patient, { procedureSlug: long.slug, startsAt: FRI_1000 }, NOW);
    const before = await bookingWriteCounts(db);
    await expect(rescheduleBooking(patient, friday.id, { startsAt: THU_1030 }, NOW)).rejects.toMatchObject({
      code: "PATIENT_ALREADY_BOOKED",
      message: expect.stringContaining(`(${thursday.reference}, ${short.name} at 10:00 am)`),
    });
    expect(await bookingWriteCounts(db)).toEqual(before);
    expect((await rescheduleBooking(patient, thursday.id, { startsAt: THU_1030 }, NOW)).startsAt).toEqual(THU_1030);
  });
});

describe("seeing bookings", () => {
  it("a patient sees their own bookings, split into upcoming and past, and nobody else's", async () => {
    const { short, long } = await seedClinic(db);
    const owner = await makePatient(db);
    const other = await makePatient(db);
    const booking = await createBooking(owner, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);

    const mine = await listBookingsForPatient(owner, NOW);
    expect(mine.upcoming.map((b) => b.id)).toEqual([booking.id]);
    expect(mine.past).toEqual([]);
    const later = await listBookingsForPatient(owner, new Date("2026-12-10T00:00:00Z"));
    expect(later.past.map((b) => b.id)).toEqual([booking.id]);
    expect((await listBookingsForPatient(other, NOW)).upcoming).toEqual([]);

    // A cancelled or postponed booking is no longer "upcoming".
    const postponed = await createBooking(owner, { procedureSlug: long.slug, startsAt: FRI_1000 }, NOW);
    await applyTransition({ bookingId: postponed.id, to: "POSTPONED", actor: { kind: "STAFF", userId: (await makeStaff(db)).id }, now: NOW });
    const cancelled = await createBooking(owner, { procedureSlug: long.slug, startsAt: THU_1100 }, NOW);
    await cancelBooking(owner, cancelled.id, NOW);
    const sorted = await listBookingsForPatient(owner, NOW);
    expect(sorted.upcoming.map((b) => b.id)).toEqual([booking.id]);
    expect(sorted.cancelledOrPostponed.map((b) => [b.id, b.status])).toEqual([
      [cancelled.id, "CANCELLED"],
      [postponed.id, "POSTPONED"],
    ]);

    expect((await getBookingForUser(owner, booking.id))?.changes).toHaveLength(1);
    expect(await getBookingForUser(other, booking.id)).toBeNull();
    expect(await getBookingForUser(owner, "no-such-id")).toBeNull();
    expect((await getBookingForUser(await makeStaff(db), booking.id))?.id).toBe(booking.id);
  });

  it("someone else's booking cannot be cancelled or moved — it is 'not found'", async () => {
    const { short } = await seedClinic(db);
    const booking = await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    const other = await makePatient(db);
    await expect(cancelBooking(other, booking.id, NOW)).rejects.toBeInstanceOf(BookingNotFoundError);
    await expect(rescheduleBooking(other, booking.id, { startsAt: FRI_1000 }, NOW)).rejects.toBeInstanceOf(BookingNotFoundError);
  });
});

describe("rescheduleBooking", () => {
  it("races a new booking for the same time cleanly: one gets it, the other hears it was just taken", { timeout: 60_000 }, async () => {
    const { short, first } = await seedClinic(db);
    // Weekday mornings from Thursday 3 December, each round its own pair of times.
    const times = [3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 28, 29, 30, 31].flatMap((day) =>
      [20, 21, 22, 23].map((utcHour) => new Date(Date.UTC(2026, 11, day - 1, utcHour))),
    );
    for (let round = 0; round + 1 < times.length; round += 2) {
      const [from, to] = [times[round]!, times[round + 1]!];
      const mover = await makePatient(db);
      const booked = await createBooking(mover, { procedureSlug: short.slug, startsAt: from, practitionerId: first.id }, NOW);
      const outcomes = await Promise.allSettled([
        rescheduleBooking(mover, booked.id, { startsAt: to, practitionerId: first.id }, NOW),
        createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: to, practitionerId: first.id }, NOW),
      ]);
      const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason] : []));
      expect(refused, `round ${round / 2}`).toHaveLength(1);
      expect(refused[0], `round ${round / 2}: ${String(refused[0])}`).toBeInstanceOf(SlotTakenError);
    }
  });

  it("moves to the new time in one change: new cells claimed, old cells freed, history kept", async () => {
    const { short, first } = await seedClinic(db);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
    const moved = await rescheduleBooking(patient, booking.id, { startsAt: FRI_1000 }, NOW);

    expect(moved.startsAt).toEqual(FRI_1000);
    expect(moved.version).toBe(booking.version + 1);
    expect(moved.practitioner.id).toBe(first.id);
    expect((await claimsOf(booking.id))[0]!.cellStart).toEqual(FRI_1000);
    expect(await claimsOf(booking.id)).toHaveLength(4);
    // The old time is free again: someone else can book it with the same practitioner.
    const other = await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
    expect(other.practitioner.id).toBe(first.id);

    const detail = await getBookingForUser(patient, booking.id);
    expect(detail?.changes.at(-1)).toMatchObject({ fromStart: THU_1000, toStart: FRI_1000, toStatus: "CONFIRMED" });
    const email = await db.outboxEmail.findFirstOrThrow({ where: { bookingId: booking.id, kind: "booking-rescheduled" } });
    expect(email.icsContent).toContain("DTSTART:20261203T210000Z");
    expect(email.icsContent).toContain("SEQUENCE:2");
  });

  it("keeps the old time when the new one is taken in the database (the move is all or nothing)", async () => {
    const { short, first } = await seedClinic(db);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
    // A racing booking that the availability read cannot see yet: its claims exist, its row is not time-holding.
    const racer = await db.booking.create({
      data: {
        reference: "CB-RACE1",
        patientId: (await makePatient(db)).id,
        procedureId: short.id,
        practitionerId: first.id,
        startsAt: FRI_1000,
        endsAt: new Date(FRI_1000.getTime() + 45 * 60_000),
        blockedUntil: new Date(FRI_1000.getTime() + 60 * 60_000),
        status: "CANCELLED",
        claims: { create: [{ practitionerId: first.id, cellStart: FRI_1000 }] },
      },
    });
    // Only the first practitioner may take it, so the move must collide.
    await db.practitionerProcedure.deleteMany({ where: { procedureId: short.id, practitionerId: { not: first.id } } });
    const before = await bookingWriteCounts(db);

    await expect(rescheduleBooking(patient, booking.id, { startsAt: FRI_1000 }, NOW)).rejects.toBeInstanceOf(SlotTakenError);

    expect(await bookingWriteCounts(db)).toEqual(before);
    const still = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(still.startsAt).toEqual(THU_1000);
    expect(still.version).toBe(booking.version);
    expect((await claimsOf(booking.id)).map((c) => c.cellStart)[0]).toEqual(THU_1000);
    expect(await claimsOf(booking.id)).toHaveLength(4);
    expect(await db.slotClaim.count({ where: { bookingId: racer.id } })).toBe(1);
  });

  it("can move within its own held time (it does not collide with itself)", async () => {
    const { short, first } = await seedClinic(db);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
    const moved = await rescheduleBooking(patient, booking.id, { startsAt: THU_1030 }, NOW);
    expect(moved.startsAt).toEqual(THU_1030);
    expect((await claimsOf(booking.id)).map((c) => c.cellStart.toISOString())).toEqual([
      "2026-12-02T21:30:00.000Z",
      "2026-12-02T21:45:00.000Z",
      "2026-12-02T22:00:00.000Z",
      "2026-12-02T22:15:00.000Z",
    ]);
  });

  it("does not move a flagged booking to before the date its health answers suggest waiting until", async () => {
    const { short } = await seedClinic(db);
    const patient = await makePatient(db);
    const suggest = (earliestSuggestedDate: string) => async (tx: Sql, created: { id: string }) => {
      await insertRows(
        tx,
        "ScreeningResponse",
        ["id", "bookingId", "kind", "questionnaireVersion", "answers", "outcome", "reasons", "earliestSuggestedDate", "submittedById", "submittedAt"],
        [[newRowId(), created.id, "BOOKING", 1, "{}", "FLAGGED", "[]", earliestSuggestedDate, patient.id, sqlTime(NOW)]],
      );
    };
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW, {
      statusFor: () => "FLAGGED",
      withinTransaction: suggest("2026-12-04"),
    });
    const before = await bookingWriteCounts(db);
    const refused = await rescheduleBooking(patient, booking.id, { startsAt: THU_1100 }, NOW).catch((e) => e);
    expect(httpStatusFor(refused)).toBe(422);
    expect(refused).toMatchObject({
      code: "BEFORE_SUGGESTED_DATE",
      field: "startsAt",
      message: "Choose a time on or after Friday 4 December 2026, the earliest date we suggest after your health answers.",
    });
    expect(await bookingWriteCounts(db)).toEqual(before);
    // On the suggested date itself the move goes ahead.
    expect((await rescheduleBooking(patient, booking.id, { startsAt: FRI_1000 }, NOW)).startsAt).toEqual(FRI_1000);

    // A confirmed booking (no wait suggested) moves freely.
    const clear = await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    expect((await rescheduleBooking(await makeStaff(db), clear.id, { startsAt: THU_1100 }, NOW)).startsAt).toEqual(THU_1100);
  });

  it("refuses within 24 hours of the start, naming the clinic's phone", async () => {
    const { short } = await seedClinic(db);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    const late = new Date(THU_1000.getTime() - 23 * 3_600_000);
    await expect(rescheduleBooking(patient, booking.id, { startsAt: FRI_1000 }, late)).rejects.toThrow(
      /Please phone the clinic on 09 555 0000\./,
    );
  });
});

describe("cancelBooking and applyTransition", () => {
  it("cancelling releases the claims, records history and audit, emails the patient and bumps the version", async () => {
    const { short, first } = await seedClinic(db);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
    const cancelled = await cancelBooking(patient, booking.id, NOW);

    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.version).toBe(2);
    expect(await claimsOf(booking.id)).toEqual([]);
    expect(await db.bookingChange.count({ where: { bookingId: booking.id, toStatus: "CANCELLED", fromStatus: "CONFIRMED" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: booking.id, action: "booking.cancelled" } })).toBe(1);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { bookingId: booking.id, kind: "booking-cancelled" } });
    expect(email.icsContent).toContain("STATUS:CANCELLED");
    // Calendars remove the event: CANCEL, the same UID, a higher SEQUENCE than the confirmation's.
    expect(email.icsContent).toContain("METHOD:CANCEL");
    expect(email.icsContent).toContain(`UID:${booking.id}@clinic-booking`);
    expect(email.icsContent).toContain("SEQUENCE:2");
    // The time can be booked again.
    await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
  });

  it("a patient cannot cancel within 24 hours; nothing changes", async () => {
    const { short } = await seedClinic(db);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    const before = await bookingWriteCounts(db);
    const late = new Date(THU_1000.getTime() - 3_600_000);
    await expect(cancelBooking(patient, booking.id, late)).rejects.toBeInstanceOf(TransitionRefusedError);
    expect(await bookingWriteCounts(db)).toEqual(before);
    // Staff can.
    expect((await cancelBooking(await makeStaff(db), booking.id, late)).status).toBe("CANCELLED");
  });

  it("cancelling twice is refused the second time", async () => {
    const { short } = await seedClinic(db);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    await cancelBooking(patient, booking.id, NOW);
    await expect(cancelBooking(patient, booking.id, NOW)).rejects.toThrow("This booking is already cancelled.");
  });

  it("applyTransition refuses a stale version and writes nothing", async () => {
    const { short } = await seedClinic(db);
    const booking = await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    const staff = await makeStaff(db);
    const before = await bookingWriteCounts(db);
    await expect(
      applyTransition({ bookingId: booking.id, to: "POSTPONED", actor: { kind: "STAFF", userId: staff.id }, now: NOW, expectedVersion: 99 }),
    ).rejects.toBeInstanceOf(StaleBookingError);
    expect(await bookingWriteCounts(db)).toEqual(before);
  });

  it("screening can flag and staff can clear, keeping the held time; postponing releases it", async () => {
    const { short } = await seedClinic(db);
    const booking = await createBooking(await makePatient(db), { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    const staff = { kind: "STAFF" as const, userId: (await makeStaff(db)).id };
    const flagged = await applyTransition({ bookingId: booking.id, to: "FLAGGED", actor: { kind: "SYSTEM", userId: null }, now: NOW });
    expect(flagged.status).toBe("FLAGGED");
    expect(await claimsOf(booking.id)).toHaveLength(4);
    await applyTransition({ bookingId: booking.id, to: "CONFIRMED", actor: staff, now: NOW, reason: "Reviewed" });
    const postponed = await applyTransition({ bookingId: booking.id, to: "POSTPONED", actor: staff, now: NOW });
    expect(postponed.version).toBe(4);
    expect(await claimsOf(booking.id)).toEqual([]);
    const kinds = (await db.outboxEmail.findMany({ where: { bookingId: booking.id }, orderBy: { createdAt: "asc" } })).map((e) => e.kind);
    expect(kinds).toEqual(["booking-confirmed", "booking-flagged", "booking-cleared", "booking-postponed"]);
  });

  it("a refused move by the wrong actor writes nothing", async () => {
    const { short } = await seedClinic(db);
    const patient = await makePatient(db);
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000 }, NOW);
    const before = await bookingWriteCounts(db);
    await expect(
      applyTransition({ bookingId: booking.id, to: "POSTPONED", actor: { kind: "PATIENT", userId: patient.id }, now: NOW }),
    ).rejects.toMatchObject({ code: "NOT_PERMITTED" });
    expect(await bookingWriteCounts(db)).toEqual(before);
  });
});
