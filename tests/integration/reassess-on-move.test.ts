import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createScreenedBooking } from "@/lib/booking/create-screened-booking";
import { rescheduleBooking } from "@/lib/booking/reschedule-booking";
import { listScreeningOutcomes } from "@/lib/screening/screening-data";
import { wellAnswers } from "@/lib/screening/well-answers";
import { dismissFreeTextFlag } from "@/lib/staff/dismiss-free-text";
import { NOW, THU_1000, THU_1100, seedClinic } from "../support/booking-fixtures";
import { makePatient, makeStaff } from "../support/people";
import { resultOrRefusal } from "../support/refusal-of";

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
    expect(booked.booking.status).toBe("FLAGGED");

    const later = await rescheduleBooking(patient, booked.booking.id, { startsAt: WED_9_DEC_1000 }, NOW);
    expect(later.status).toBe("CONFIRMED");
    // One email for the move, saying the new time and that it is now cleared.
    let emails = await emailsAfterBooking(booked.booking.id);
    expect(emails.map((e) => e.kind)).toEqual(["booking-rescheduled"]);
    expect(emails[0]!.text).toContain("Wednesday 9 December 2026");
    expect(emails[0]!.text).toMatch(/no reason to wait for the new date, so your booking is cleared to go ahead/);
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
    emails = await emailsAfterBooking(booked.booking.id);
    expect(emails.map((e) => e.kind)).toEqual(["booking-rescheduled", "booking-rescheduled"]);
    expect(emails[1]!.text).toMatch(/our team will review your booking before it goes ahead on the new date/);
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
    // Symptoms suggest waiting until 16 December; a move there is allowed and still flagged.
    const moved = await rescheduleBooking(patient, booked.booking.id, { startsAt: new Date("2026-12-15T21:00:00Z") }, NOW);
    expect(moved.status).toBe("FLAGGED");
  });

  it("leaves a clear booking with clear answers confirmed", async () => {
    const patient = await makePatient(db);
    const booked = await createScreenedBooking(patient, { procedureSlug: slug, startsAt: THU_1000 }, wellAnswers(), NOW);
    const moved = await rescheduleBooking(patient, booked.booking.id, { startsAt: WED_9_DEC_1000 }, NOW);
    expect(moved.status).toBe("CONFIRMED");
    expect((await listScreeningOutcomes(db, booked.booking.id)).map((o) => o.outcome)).toEqual(["CLEAR", "CLEAR"]);
    // No status changed, so the moved email says nothing about a review.
    const [email] = await emailsAfterBooking(booked.booking.id);
    expect(email!.text).not.toMatch(/review|cleared/);
  });

  it("treats free text a nurse marked not respiratory as gone, so a later date can clear the booking", async () => {
    const patient = await makePatient(db);
    const nurse = await makeStaff(db);
    const answers = { ...coldEnded24Nov, otherInfo: "feeling a bit crook" };
    const booked = await createScreenedBooking(patient, { procedureSlug: slug, startsAt: THU_1000 }, answers, NOW);
    const [first] = await listScreeningOutcomes(db, booked.booking.id);
    expect(first!.reasons.map((r) => r.code)).toEqual(["RECENT_RESPIRATORY_ILLNESS", "FREE_TEXT_RESPIRATORY"]);

    // The nurse phoned: "crook" meant a knee. Marking it twice is refused.
    await dismissFreeTextFlag(nurse, booked.booking.id, { responseId: first!.id, note: "Phoned: knee injury only." });
    expect(await resultOrRefusal(dismissFreeTextFlag(nurse, booked.booking.id, { responseId: first!.id, note: "again" }))).toMatchObject({
      ok: false,
      status: 409,
      code: "REASON_NOT_DISMISSABLE",
      message: "This free text is already marked not respiratory.",
    });
    // Only the clinic team may set a reason aside.
    expect(await resultOrRefusal(dismissFreeTextFlag(patient, booked.booking.id, { responseId: first!.id, note: "mine" }))).toMatchObject({
      status: 403,
      code: "FORBIDDEN",
    });
    // 2 pm that Wednesday: a time this booking's practitioner is free (an earlier test holds 10 am).
    const moved = await rescheduleBooking(patient, booked.booking.id, { startsAt: new Date("2026-12-09T01:00:00Z") }, NOW);
    expect(moved.status).toBe("CONFIRMED");
    expect(await db.auditEvent.count({ where: { entityId: booked.booking.id, action: "screening.reason_dismissed" } })).toBe(1);
  });

  it("keeps the booking flagged after the move while free text still stands", async () => {
    const patient = await makePatient(db);
    const answers = { ...coldEnded24Nov, otherInfo: "still a bit snotty" };
    const booked = await createScreenedBooking(patient, { procedureSlug: slug, startsAt: THU_1100 }, answers, NOW);
    const moved = await rescheduleBooking(patient, booked.booking.id, { startsAt: new Date("2026-12-08T22:00:00Z") }, NOW);
    expect(moved.status).toBe("FLAGGED");
    const latest = (await listScreeningOutcomes(db, booked.booking.id)).at(-1)!;
    expect(latest.reasons.map((r) => r.code)).toEqual(["FREE_TEXT_RESPIRATORY"]);
  });
});

/** The emails sent after the booking's own confirmation or flag email, oldest first. */
async function emailsAfterBooking(bookingId: string) {
  const rows = await db.outboxEmail.findMany({ where: { bookingId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { kind: true, text: true } });
  return rows.slice(1);
}
