import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findDayList } from "./day-list";
import { ensureClinic, makeBooking, makePractitioner, makeProcedure, ZONE } from "./test-data";
import { makePatient } from "@/tests/support/people";

const now = new Date("2026-03-09T19:00:00Z"); // 8:00 am NZDT, Tuesday 10 March
let refs: Record<string, string> = {};

beforeAll(async () => {
  await ensureClinic(db);
  const procedure = await makeProcedure(db);
  const zed = await makePractitioner(db, "Dr Zed Moana");
  const aroha = await makePractitioner(db, "Dr Aroha Ngata");
  const patient = await makePatient(db, "Mere Thompson");
  const book = (practitionerId: string, iso: string, status: "CONFIRMED" | "FLAGGED" | "CANCELLED" = "CONFIRMED") =>
    makeBooking(db, { patientId: patient.id, procedureId: procedure.id, practitionerId, startsAt: new Date(iso), status });
  const due = await book(aroha.id, "2026-03-09T22:00:00Z"); // 11 am
  const checkedIn = await book(aroha.id, "2026-03-09T21:00:00Z"); // 10 am
  const flagged = await book(zed.id, "2026-03-10T01:00:00Z", "FLAGGED"); // 2 pm
  const cancelled = await book(zed.id, "2026-03-10T02:00:00Z", "CANCELLED");
  await book(zed.id, "2026-03-10T12:00:00Z"); // next clinic day (1 am on 11 March)
  for (const [booking, outcome] of [
    [checkedIn, "CLEAR"],
    [flagged, "FLAGGED"],
  ] as const) {
    await db.screeningResponse.create({
      data: {
        bookingId: booking.id,
        kind: "PRE_PROCEDURE",
        questionnaireVersion: 1,
        answers: "{}",
        outcome,
        reasons: "[]",
        submittedById: patient.id,
        submittedAt: new Date("2026-03-09T08:00:00Z"),
      },
    });
  }
  refs = { due: due.reference, checkedIn: checkedIn.reference, flagged: flagged.reference, cancelled: cancelled.reference };
});

describe("the day list", () => {
  it("groups the clinic day's bookings by practitioner, in time order, with check-in status", async () => {
    const groups = await findDayList("2026-03-10", ZONE, now);
    expect(groups.map((g) => g.name)).toEqual(["Dr Aroha Ngata", "Dr Zed Moana"]);
    expect(groups[0]!.bookings.map((b) => [b.reference, b.checkIn])).toEqual([
      [refs.checkedIn, "CLEAR"],
      [refs.due, "DUE"],
    ]);
    expect(groups[1]!.bookings.map((b) => [b.reference, b.checkIn])).toEqual([[refs.flagged, "FLAGGED"]]);
  });

  it("says the check-in is not yet open for a day more than 72 hours away", async () => {
    const groups = await findDayList("2026-03-10", ZONE, new Date("2026-03-05T00:00:00Z"));
    expect(groups.flatMap((g) => g.bookings.map((b) => b.checkIn))).toEqual(["NOT_YET_OPEN", "NOT_YET_OPEN", "NOT_YET_OPEN"]);
  });
});

describe("the day list's follow-up flags", () => {
  const day = "2026-03-12";
  const morning = new Date("2026-03-11T19:00:00Z"); // 8:00 am NZDT, Thursday 12 March
  let followUp = "";
  let inBlock = "";
  let afterBlock = "";

  beforeAll(async () => {
    const review = await makeProcedure(db, "Follow-up review", false);
    const infusion = await makeProcedure(db);
    const kiri = await makePractitioner(db, "Dr Kiri Walker");
    const patient = await makePatient(db, "Hemi Parata");
    const book = (procedureId: string, iso: string) =>
      makeBooking(db, { patientId: patient.id, procedureId, practitionerId: kiri.id, startsAt: new Date(iso), status: "CONFIRMED", screening: false });
    followUp = (await book(review.id, "2026-03-11T20:00:00Z")).reference; // 9 am
    inBlock = (await book(infusion.id, "2026-03-11T23:00:00Z")).reference; // 12 pm
    afterBlock = (await book(infusion.id, "2026-03-12T02:00:00Z")).reference; // 3 pm
    // Time off 11:30 am to 1 pm, entered after the 12 pm booking was made.
    await db.timeOff.create({
      data: { practitionerId: kiri.id, startsAt: new Date("2026-03-11T22:30:00Z"), endsAt: new Date("2026-03-12T00:00:00Z") },
    });
  });

  it("says the check-in is not needed for a procedure without screening, and due for one with it", async () => {
    const [group] = await findDayList(day, ZONE, morning);
    expect(group!.bookings.map((b) => [b.reference, b.checkIn])).toEqual([
      [followUp, "NOT_NEEDED"],
      [inBlock, "DUE"],
      [afterBlock, "DUE"],
    ]);
  });

  it("marks only the booking that falls inside the practitioner's time off", async () => {
    const [group] = await findDayList(day, ZONE, morning);
    expect(group!.bookings.map((b) => [b.reference, b.insideTimeOff])).toEqual([
      [followUp, false],
      [inBlock, true],
      [afterBlock, false],
    ]);
  });
});
