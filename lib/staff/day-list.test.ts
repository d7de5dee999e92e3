import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findDayList } from "./day-list";
import { ensureClinic, makeBooking, makePatient, makePractitioner, makeProcedure, ZONE } from "./test-data";

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
