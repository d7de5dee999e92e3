import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { viewBookingReview } from "./booking-review";
import { decisionSchema } from "./decision-schema";
import { getRebookLink } from "@/lib/booking/screening-panel-data";
import { suggestedDateFor } from "@/lib/booking/suggested-date";
import { wellAnswers } from "@/lib/screening/well-answers";
import { decideBooking as decide } from "./review-decision";
import type { CurrentUser } from "@/lib/auth/roles";
import { makePatient, makeStaff } from "@/tests/support/people";
import { resultOrRefusal } from "@/tests/support/refusal-of";
import { ensureClinic, makeBooking, makePractitioner, makeProcedure } from "./test-data";

const decideBooking = (bookingId: string, reviewer: CurrentUser, ...rest: [Parameters<typeof decide>[2], Date]) =>
  resultOrRefusal(decide(reviewer, bookingId, ...rest));

const now = new Date("2026-03-09T21:42:00Z"); // 10:42 am NZDT
const inAWeek = new Date("2026-03-16T20:00:00Z");
let ids: { procedure: { id: string; slug: string }; practitioner: string; patient: { id: string; email: string } };
let sam: CurrentUser;
let alex: CurrentUser;

async function flaggedBooking(earliestSuggestedDate: string | null = null) {
  return makeBooking(db, {
    patientId: ids.patient.id,
    procedureId: ids.procedure.id,
    practitionerId: ids.practitioner,
    startsAt: new Date(inAWeek.getTime() + Math.floor(Math.random() * 1000) * 3_600_000),
    earliestSuggestedDate,
  });
}

beforeAll(async () => {
  await ensureClinic(db);
  const procedure = await makeProcedure(db);
  const practitioner = await makePractitioner(db);
  const patient = await makePatient(db);
  ids = { procedure, practitioner: practitioner.id, patient };
  sam = await makeStaff(db, "Sam Patel");
  alex = await makeStaff(db, "Alex Chen");
});

describe("two reviewers deciding the same booking at once", () => {
  it("stores exactly one decision and tells the other who decided first", async () => {
    const booking = await flaggedBooking();
    const [a, b] = await Promise.all([
      decideBooking(booking.id, sam, decisionSchema.parse({ decision: "CLEAR_TO_PROCEED", note: "Cough is chronic asthma; GP letter seen.", expectedVersion: booking.version }), now),
      decideBooking(booking.id, alex, decisionSchema.parse({ decision: "POSTPONE", note: "", expectedVersion: booking.version }), now),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({ ok: false, status: 409, code: "ALREADY_DECIDED" });

    const reviews = await db.review.findMany({ where: { bookingId: booking.id }, select: { reviewerId: true, decision: true } });
    expect(reviews).toHaveLength(1);
    const winnerName = reviews[0]!.reviewerId === sam.id ? "Sam Patel" : "Alex Chen";
    const phrase = reviews[0]!.decision === "CLEAR_TO_PROCEED" ? "cleared this booking to proceed" : "postponed this booking";
    expect(loser!.ok === false && loser!.message).toContain(`${winnerName} already ${phrase} at 10:42 am`);

    const stored = await db.booking.findUniqueOrThrow({ where: { id: booking.id }, select: { status: true, version: true } });
    expect(stored.version).toBe(booking.version + 1);
  });

  it("refuses a decision made on a stale page even after the first one finished", async () => {
    const booking = await flaggedBooking();
    const first = await decideBooking(booking.id, sam, decisionSchema.parse({ decision: "CANCEL", expectedVersion: booking.version }), now);
    expect(first.ok).toBe(true);
    const second = await decideBooking(booking.id, alex, decisionSchema.parse({ decision: "CLEAR_TO_PROCEED", note: "ok", expectedVersion: booking.version }), now);
    expect(second).toMatchObject({ ok: false, status: 409 });
    expect(second.ok === false && second.message).toContain("Sam Patel already cancelled this booking at 10:42 am");
  });
});

describe("postponing", () => {
  // The booking page's rebook link and the staff postpone email once read the
  // suggested date differently (latest response vs latest response with a
  // date); both now ask suggestedDateFor.
  it("names the same rebook date in the staff email as on the patient's booking page", async () => {
    const booking = await flaggedBooking("2026-03-24");
    // A later check-in flags again but suggests no date (e.g. a free-text mention).
    await db.screeningResponse.create({
      data: {
        bookingId: booking.id,
        kind: "PRE_PROCEDURE",
        questionnaireVersion: 1,
        answers: JSON.stringify(wellAnswers({ otherInfo: "a bit chesty" })),
        outcome: "FLAGGED",
        reasons: "[]",
        earliestSuggestedDate: null,
        submittedById: ids.patient.id,
        submittedAt: new Date(now.getTime() + 60_000),
      },
    });
    await decideBooking(booking.id, sam, decisionSchema.parse({ decision: "POSTPONE", expectedVersion: booking.version }), now);

    const pageLink = await getRebookLink({ id: booking.id, procedure: { slug: ids.procedure.slug } });
    const invitation = await db.outboxEmail.findFirstOrThrow({ where: { bookingId: booking.id, kind: "rebook-invitation" }, select: { text: true } });
    expect(pageLink).toBe(`/procedures/${ids.procedure.slug}?week=2026-03-24`);
    expect(invitation.text).toContain(pageLink);
    expect(await suggestedDateFor(booking)).toBe("2026-03-24");
  });

  it("refuses anyone but staff, before anything is read or written", async () => {
    const booking = await flaggedBooking();
    const patient = await makePatient(db);
    const result = await decideBooking(booking.id, patient, decisionSchema.parse({ decision: "CANCEL", expectedVersion: booking.version }), now);
    expect(result).toMatchObject({ ok: false, status: 403, code: "FORBIDDEN" });
    expect(await db.review.count({ where: { bookingId: booking.id } })).toBe(0);
    await expect(viewBookingReview(patient, booking.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.auditEvent.count({ where: { entityId: booking.id, action: "screening.viewed" } })).toBe(0);
  });

  it("releases the slot and invites the patient to rebook from the suggested date, in one go", async () => {
    const booking = await flaggedBooking("2026-03-24");
    expect(await db.slotClaim.count({ where: { bookingId: booking.id } })).toBeGreaterThan(0);

    const result = await decideBooking(booking.id, sam, decisionSchema.parse({ decision: "POSTPONE", note: "Fever at check-in", expectedVersion: booking.version }), now);
    expect(result).toMatchObject({ ok: true, status: "POSTPONED" });

    expect(await db.slotClaim.count({ where: { bookingId: booking.id } })).toBe(0);
    const invitation = await db.outboxEmail.findFirstOrThrow({
      where: { bookingId: booking.id, kind: "rebook-invitation" },
      select: { to: true, text: true },
    });
    expect(invitation.to).toBe(ids.patient.email);
    // One email with one instruction: no separate "postponed" email besides the invitation.
    const kinds = await db.outboxEmail.findMany({ where: { bookingId: booking.id }, select: { kind: true } });
    expect(kinds.map((e) => e.kind)).toEqual(["rebook-invitation"]);
    // The calendar file takes the old appointment out of the patient's calendar.
    const ics = await db.outboxEmail.findFirstOrThrow({ where: { bookingId: booking.id }, select: { icsContent: true } });
    expect(ics.icsContent).toContain("STATUS:CANCELLED");
    expect(invitation.text).toContain(`/procedures/${ids.procedure.slug}?week=2026-03-24`);
    // The staff note is for the record, not for email.
    expect(invitation.text).not.toContain("Fever at check-in");

    const review = await db.review.findFirstOrThrow({ where: { bookingId: booking.id }, select: { decision: true, note: true } });
    expect(review).toEqual({ decision: "POSTPONE", note: "Fever at check-in" });
    const actions = await db.auditEvent.findMany({ where: { entityId: booking.id }, select: { action: true, details: true } });
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["booking.postponed", "booking.reviewed"]));
    expect(actions.map((a) => a.details).join(" ")).not.toContain("Fever");
  });
});

describe("clearing to proceed", () => {
  it("needs a note (nothing is written without one)", () => {
    expect(decisionSchema.safeParse({ decision: "CLEAR_TO_PROCEED", note: "", expectedVersion: 1 }).success).toBe(false);
  });

  it("confirms the booking and keeps its slot", async () => {
    const booking = await flaggedBooking();
    const result = await decideBooking(booking.id, sam, decisionSchema.parse({ decision: "CLEAR_TO_PROCEED", note: "Hay fever only", expectedVersion: booking.version }), now);
    expect(result).toMatchObject({ ok: true, status: "CONFIRMED" });
    expect(await db.slotClaim.count({ where: { bookingId: booking.id } })).toBeGreaterThan(0);
  });
});

describe("opening a review", () => {
  it("records that this staff member viewed the health answers", async () => {
    const booking = await flaggedBooking();
    const review = await viewBookingReview(alex, booking.id);
    expect(review?.responses).toHaveLength(1);
    const events = await db.auditEvent.findMany({
      where: { action: "screening.viewed", entityType: "Booking", entityId: booking.id },
      select: { actorId: true, details: true },
    });
    expect(events).toEqual([{ actorId: alex.id, details: JSON.stringify({ reference: booking.reference, responses: 1 }) }]);
  });

  it("records nothing for an unknown booking", async () => {
    expect(await viewBookingReview(alex, "no-such-booking")).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: "no-such-booking" } })).toBe(0);
  });
});
