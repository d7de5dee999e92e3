import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { submitCheckIn as submit } from "./submit-check-in";
import { resultOrRefusal } from "@/tests/support/refusal-of";
import { makeStaff } from "@/tests/support/people";
import { makeScreenedBooking } from "@/tests/support/screened-booking";
import { at, wellAnswers } from "@/lib/screening/test-fixtures";

const submitCheckIn = (...args: Parameters<typeof submit>) => resultOrRefusal(submit(...args));

const startsAt = at("2025-06-18", "10:00");
const inWindow = at("2025-06-16", "10:00"); // 48 hours before
const hour = 3_600_000;

const storedFor = async (bookingId: string) => ({
  responses: await db.screeningResponse.count({ where: { bookingId } }),
  audits: await db.auditEvent.count({ where: { entityId: bookingId } }),
  status: (await db.booking.findUniqueOrThrow({ where: { id: bookingId } })).status,
});

describe("submitCheckIn", { timeout: 20_000 }, () => {
  it("records a clear check-in as PRE_PROCEDURE and keeps the booking confirmed", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt });
    const result = await submitCheckIn(patient, booking.id, wellAnswers(), inWindow);
    expect(result).toMatchObject({ ok: true, outcome: "CLEAR", reasons: [], earliestSuggestedDate: null });
    const row = await db.screeningResponse.findFirstOrThrow({ where: { bookingId: booking.id } });
    expect(row.kind).toBe("PRE_PROCEDURE");
    expect((await storedFor(booking.id)).status).toBe("CONFIRMED");
  });

  it("flags a cold and moves the booking back to FLAGGED, with the reason and suggested date", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt });
    const result = await submitCheckIn(patient, booking.id, wellAnswers({ symptoms: ["cold"] }), inWindow);
    expect(result).toMatchObject({ ok: true, outcome: "FLAGGED", earliestSuggestedDate: "2025-07-01" });
    expect(result.ok && result.reasons[0]?.message).toMatch(/best to postpone/);
    expect((await storedFor(booking.id)).status).toBe("FLAGGED");
  });

  it("answers 422 with field errors for invalid answers and stores nothing", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt });
    const result = await submitCheckIn(
      patient,
      booking.id,
      { version: 1, symptoms: ["none", "cough"], temperatureC: 51, positiveTest: "yes", closeContact: "no", recentIllness: "no" },
      inWindow,
    );
    expect(result).toMatchObject({ ok: false, status: 422, code: "VALIDATION_FAILED" });
    if (result.ok) throw new Error("expected a refusal");
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["declaration", "positiveTestDate", "symptoms", "temperatureC"]);
    expect(await storedFor(booking.id)).toEqual({ responses: 0, audits: 0, status: "CONFIRMED" });
  });

  it("refuses before the window opens, saying when it opens, and stores nothing", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt });
    const early = new Date(startsAt.getTime() - 72 * hour - 60_000);
    const result = await submitCheckIn(patient, booking.id, wellAnswers(), early);
    expect(result).toMatchObject({ ok: false, status: 409, code: "CHECK_IN_NOT_OPEN" });
    expect(!result.ok && result.message).toMatch(/^Check-in opens 72 hours before your procedure\. You can answer from Sunday 15 June 2025 at 10:00 am/);
    expect(await storedFor(booking.id)).toEqual({ responses: 0, audits: 0, status: "CONFIRMED" });
  });

  it("accepts exactly 72 hours before the start and refuses from the start", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt });
    expect((await submitCheckIn(patient, booking.id, wellAnswers(), new Date(startsAt.getTime() - 72 * hour))).ok).toBe(true);
    expect(await submitCheckIn(patient, booking.id, wellAnswers(), startsAt)).toMatchObject({ status: 409, code: "CHECK_IN_CLOSED" });
  });

  it("answers 404 for another patient's booking, for staff and for a made-up id, and stores nothing", async () => {
    const { booking } = await makeScreenedBooking(db, { startsAt });
    const { patient: someoneElse } = await makeScreenedBooking(db, { startsAt });
    const staff = await makeStaff(db);
    for (const [actor, id] of [
      [someoneElse, booking.id],
      [staff, booking.id],
      [someoneElse, "no-such-booking"],
    ] as const) {
      expect(await submitCheckIn(actor, id, wellAnswers(), inWindow)).toMatchObject({ ok: false, status: 404 });
    }
    expect((await storedFor(booking.id)).responses).toBe(0);
  });

  it("refuses a cancelled booking and a procedure that needs no screening", async () => {
    const cancelled = await makeScreenedBooking(db, { startsAt, status: "CANCELLED" });
    expect(await submitCheckIn(cancelled.patient, cancelled.booking.id, wellAnswers(), inWindow)).toMatchObject({
      status: 409,
      code: "BOOKING_NOT_ACTIVE",
    });
    const unscreened = await makeScreenedBooking(db, { startsAt, requiresScreening: false });
    expect(await submitCheckIn(unscreened.patient, unscreened.booking.id, wellAnswers(), inWindow)).toMatchObject({
      status: 409,
      code: "CHECK_IN_NOT_NEEDED",
    });
  });
});
