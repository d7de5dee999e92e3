import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { rescheduleBooking } from "@/lib/booking/booking-service";
import { createScreenedBooking } from "@/lib/screening/booking-screening-data";
import { listScreeningOutcomes } from "@/lib/screening/screening-data";
import { wellAnswers } from "@/lib/screening/well-answers";
import { dismissFreeTextFlag } from "@/lib/staff/dismiss-free-text";
import { NOW, THU_1000, THU_1100, makePatient, makeStaff, seedClinic } from "../support/booking-fixtures";

// A cold that ended on Tuesday 24 November 2026: a procedure on or before
// 8 December is within 14 days and flagged; from 9 December it is clear.
const coldEnded24Nov = wellAnswers({ recentIllness: "yes", recentIllnessKind: "cold", recentIllnessEndedOn: "2026-11-24" });
// Wednesday 9 December 2026, 10 am NZDT.
const WED_9_DEC_1000 = new Date("2026-12-08T21:00:00Z");

let slug: string;
beforeAll(async () => {
  const { short } = await seedClinic(db);
  await db.procedure.update({ where: { id: short.id }, data: { requiresScreening: true } });
  slug = short.slug;
});

describe("moving a booking re-assesses its answers for the new date", () => {
  it("clears a recent-illness flag when moved past the window, and flags it again when moved back", async () => {
    const patient = await makePatient(db);
    const booked = await createScreenedBooking(patient, { procedureSlug: slug, startsAt: THU_1000 }, coldEnded24Nov, NOW);
    if (!booked.ok) throw new Error("booking refused");
    expect(booked.booking.status).toBe("FLAGGED");

    const later = await rescheduleBooking(patient, booked.booking.id, { startsAt: WED_9_DEC_1000 }, NOW);
    expect(later.status).toBe("CONFIRMED");
    let outcomes = await listScreeningOutcomes(db, booked.booking.id);
    expect(outcomes.map((o) => [o.outcome, o.assessedForStart?.toISOString()])).toEqual([
      ["FLAGGED", THU_1000.toISOString()],
      ["CLEAR", WED_9_DEC_1000.toISOString()],
    ]);
    expect(outcomes[1]!.reassessedFromId).toBe(outcomes[0]!.id);
    // The answers are the patient's own, first given at booking.
    expect(outcomes[1]!.answeredAt).toEqual(NOW);

    const back = await rescheduleBooking(patient, booked.booking.id, { startsAt: THU_1000 }, NOW);
    expect(back.status).toBe("FLAGGED");
    outcomes = await listScreeningOutcomes(db, booked.booking.id);
    expect(outcomes.at(-1)).toMatchObject({ outcome: "FLAGGED", assessedForStart: THU_1000, reassessedFromId: outcomes[0]!.id });
    expect(outcomes.at(-1)!.reasons.map((r) => r.code)).toEqual(["RECENT_RESPIRATORY_ILLNESS"]);

    const changes = await db.bookingChange.findMany({ where: { bookingId: booked.booking.id }, orderBy: { createdAt: "asc" }, select: { toStatus: true, actorId: true } });
    expect(changes.map((c) => c.toStatus)).toEqual(expect.arrayContaining(["CONFIRMED", "FLAGGED"]));
    const audits = await db.auditEvent.count({ where: { entityId: booked.booking.id, action: "screening.reassessed" } });
    expect(audits).toBe(2);
  });

  it("keeps a booking flagged for symptoms, wherever it moves", async () => {
    const patient = await makePatient(db);
    const booked = await createScreenedBooking(patient, { procedureSlug: slug, startsAt: THU_1000 }, wellAnswers({ symptoms: ["cough"] }), NOW);
    if (!booked.ok) throw new Error("booking refused");
    // Symptoms suggest waiting until 16 December; a move there is allowed and still flagged.
    const moved = await rescheduleBooking(patient, booked.booking.id, { startsAt: new Date("2026-12-15T21:00:00Z") }, NOW);
    expect(moved.status).toBe("FLAGGED");
  });

  it("leaves a clear booking with clear answers confirmed", async () => {
    const patient = await makePatient(db);
    const booked = await createScreenedBooking(patient, { procedureSlug: slug, startsAt: THU_1000 }, wellAnswers(), NOW);
    if (!booked.ok) throw new Error("booking refused");
    const moved = await rescheduleBooking(patient, booked.booking.id, { startsAt: WED_9_DEC_1000 }, NOW);
    expect(moved.status).toBe("CONFIRMED");
    expect((await listScreeningOutcomes(db, booked.booking.id)).map((o) => o.outcome)).toEqual(["CLEAR", "CLEAR"]);
  });

  it("treats free text a nurse marked not respiratory as gone, so a later date can clear the booking", async () => {
    const patient = await makePatient(db);
    const nurse = await makeStaff(db);
    const answers = { ...coldEnded24Nov, otherInfo: "feeling a bit crook" };
    const booked = await createScreenedBooking(patient, { procedureSlug: slug, startsAt: THU_1000 }, answers, NOW);
    if (!booked.ok) throw new Error("booking refused");
    const [first] = await listScreeningOutcomes(db, booked.booking.id);
    expect(first!.reasons.map((r) => r.code)).toEqual(["RECENT_RESPIRATORY_ILLNESS", "FREE_TEXT_RESPIRATORY"]);

    // The nurse phoned: "crook" meant a knee. Marking it twice is refused.
    expect(await dismissFreeTextFlag(booked.booking.id, nurse.id, { responseId: first!.id, note: "Phoned: knee injury only." })).toEqual({ ok: true });
    expect(await dismissFreeTextFlag(booked.booking.id, nurse.id, { responseId: first!.id, note: "again" })).toMatchObject({ ok: false, status: 409 });
    const moved = await rescheduleBooking(patient, booked.booking.id, { startsAt: WED_9_DEC_1000 }, NOW);
    expect(moved.status).toBe("CONFIRMED");
    expect(await db.auditEvent.count({ where: { entityId: booked.booking.id, action: "screening.reason_dismissed" } })).toBe(1);
  });

  it("keeps the booking flagged after the move while free text still stands", async () => {
    const patient = await makePatient(db);
    const answers = { ...coldEnded24Nov, otherInfo: "still a bit snotty" };
    const booked = await createScreenedBooking(patient, { procedureSlug: slug, startsAt: THU_1100 }, answers, NOW);
    if (!booked.ok) throw new Error("booking refused");
    const moved = await rescheduleBooking(patient, booked.booking.id, { startsAt: new Date("2026-12-08T22:00:00Z") }, NOW);
    expect(moved.status).toBe("FLAGGED");
    const latest = (await listScreeningOutcomes(db, booked.booking.id)).at(-1)!;
    expect(latest.reasons.map((r) => r.code)).toEqual(["FREE_TEXT_RESPIRATORY"]);
  });
});
