import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordScreening } from "./record-screening";
import { makeScreenedBooking } from "@/tests/support/screened-booking";
import { AUCKLAND, at, wellAnswers } from "@/lib/screening/test-fixtures";

const now = at("2025-06-16", "09:00");
const startsAt = at("2025-06-18", "10:00");
const withACold = wellAnswers({ symptoms: ["cold"] });

const record = (
  booking: { id: string; status: "CONFIRMED" | "FLAGGED" | "CANCELLED"; startsAt: Date },
  submittedById: string,
  kind: "BOOKING" | "PRE_PROCEDURE",
  answers = wellAnswers(),
  when = now,
) =>
  db.$transaction((tx) =>
    recordScreening(tx, {
      booking: booking as { id: string; status: "CONFIRMED" | "FLAGGED"; startsAt: Date },
      kind,
      answers,
      submittedById,
      now: when,
      timeZone: AUCKLAND,
    }),
  );

describe("recordScreening", { timeout: 20_000 }, () => {
  it("stores the answers, version, outcome, reasons and earliest suggested date", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt, status: "FLAGGED" });
    const result = await record(booking, patient.id, "BOOKING", withACold);

    expect(result.outcome).toBe("FLAGGED");
    const row = await db.screeningResponse.findUniqueOrThrow({ where: { id: result.responseId } });
    expect(row).toMatchObject({
      bookingId: booking.id,
      kind: "BOOKING",
      questionnaireVersion: 1,
      outcome: "FLAGGED",
      earliestSuggestedDate: "2025-07-01",
      submittedById: patient.id,
      submittedAt: now,
    });
    expect(JSON.parse(row.answers)).toEqual(withACold);
    expect(JSON.parse(row.reasons)).toEqual(result.reasons);
    expect(result.reasons.map((r) => r.code)).toEqual(["SYMPTOMS"]);
  });

  it("appends every submission and never overwrites an earlier one", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt });
    const first = await record(booking, patient.id, "BOOKING");
    const before = await db.screeningResponse.findUniqueOrThrow({ where: { id: first.responseId } });

    await record({ ...booking, status: "CONFIRMED" }, patient.id, "PRE_PROCEDURE", withACold, at("2025-06-16", "10:00"));
    await record({ ...booking, status: "FLAGGED" }, patient.id, "PRE_PROCEDURE", wellAnswers(), at("2025-06-16", "11:00"));

    const rows = await db.screeningResponse.findMany({ where: { bookingId: booking.id }, orderBy: { submittedAt: "asc" } });
    expect(rows.map((r) => [r.kind, r.outcome])).toEqual([
      ["BOOKING", "CLEAR"],
      ["PRE_PROCEDURE", "FLAGGED"],
      ["PRE_PROCEDURE", "CLEAR"],
    ]);
    expect(rows[0]).toEqual(before);
  });

  it("audits every submission without the answers or the reasons", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt, status: "FLAGGED" });
    const answers = wellAnswers({ symptoms: ["cold"], otherInfo: "Sniffly since my grandson visited" });
    const result = await record(booking, patient.id, "BOOKING", answers);

    const events = await db.auditEvent.findMany({ where: { entityId: booking.id, action: "screening.submitted" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.actorId).toBe(patient.id);
    expect(JSON.parse(events[0]!.details)).toEqual({
      responseId: result.responseId,
      kind: "BOOKING",
      questionnaireVersion: 1,
      outcome: "FLAGGED",
    });
    expect(events[0]!.details).not.toMatch(/sniffly|cold|runny|SYMPTOMS/i);
  });

  it("moves a confirmed booking back to FLAGGED when the check-in flags, through the lifecycle", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt });
    await record(booking, patient.id, "PRE_PROCEDURE", withACold);

    const after = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect(after.status).toBe("FLAGGED");
    expect(after.version).toBe(2);
    const change = await db.bookingChange.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(change).toMatchObject({ fromStatus: "CONFIRMED", toStatus: "FLAGGED", actorId: patient.id });
    expect(await db.auditEvent.count({ where: { entityId: booking.id, action: "booking.flagged" } })).toBe(1);
  });

  it("leaves a confirmed booking confirmed when the check-in is clear", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt });
    await record(booking, patient.id, "PRE_PROCEDURE");
    const after = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
    expect([after.status, after.version]).toEqual(["CONFIRMED", 1]);
  });

  it("leaves a flagged booking flagged for staff, whether the check-in is clear or flagged", async () => {
    for (const answers of [wellAnswers(), withACold]) {
      const { booking, patient } = await makeScreenedBooking(db, { startsAt, status: "FLAGGED" });
      await record(booking, patient.id, "PRE_PROCEDURE", answers);
      const after = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
      expect([after.status, after.version]).toEqual(["FLAGGED", 1]);
    }
  });

  it("does not change the status for booking-time answers: the booking was created with it", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt });
    await record(booking, patient.id, "BOOKING", withACold);
    expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CONFIRMED");
  });

  it("stores nothing when the status change fails in the same transaction", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt, status: "CANCELLED" });
    // Pretend we read it as CONFIRMED: the lifecycle refuses CANCELLED → FLAGGED and everything rolls back.
    await expect(record({ ...booking, status: "CONFIRMED" }, patient.id, "PRE_PROCEDURE", withACold)).rejects.toThrow();
    expect(await db.screeningResponse.count({ where: { bookingId: booking.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: booking.id } })).toBe(0);
  });
});
