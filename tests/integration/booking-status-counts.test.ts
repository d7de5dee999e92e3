// The counts per booking status that the database's triggers keep
// (BookingStatusCount, docs/decisions/012), which the staff queue shows as
// its total, checked against counting the bookings after every kind of
// write: inserts, status changes of one and of many rows in one statement,
// other updates, deletes. On whichever database this run uses.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { BookingStatus } from "@/lib/booking/lifecycle";
import { createBooking } from "@/lib/booking/create-booking";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { findQueuePage } from "@/lib/staff/queue-query";
import { queueFiltersSchema } from "@/lib/staff/queue-filters";
import { ensureClinic, makeBooking, makePractitioner, makeProcedure } from "@/lib/staff/test-data";
import { makePatient } from "@/tests/support/people";
import { NOW, THU_1000, seedClinic } from "@/tests/support/booking-fixtures";

const DAY = 86_400_000;
const base = new Date("2027-02-01T20:00:00Z");
let ids: string[] = [];

/** Each status's count as kept, and as counted from the bookings (0 when none). */
async function keptAndCounted(): Promise<{ kept: Record<string, number>; counted: Record<string, number> }> {
  const kept = Object.fromEntries((await db.bookingStatusCount.findMany()).map((c) => [c.status, c.count]).filter(([, n]) => n !== 0));
  const counted = Object.fromEntries((await db.booking.groupBy({ by: ["status"], _count: { _all: true } })).map((g) => [g.status, g._count._all]));
  return { kept, counted };
}

async function expectCountsRight() {
  const { kept, counted } = await keptAndCounted();
  expect(kept).toEqual(counted);
}

beforeAll(async () => {
  await ensureClinic(db);
  const procedure = await makeProcedure(db, "Count infusion");
  const practitioner = await makePractitioner(db);
  const patient = await makePatient(db, "Count Patient");
  const statuses: BookingStatus[] = ["FLAGGED", "FLAGGED", "FLAGGED", "CONFIRMED", "CONFIRMED", "COMPLETED"];
  for (const [i, status] of statuses.entries()) {
    const booking = await makeBooking(db, { patientId: patient.id, procedureId: procedure.id, practitionerId: practitioner.id, startsAt: new Date(base.getTime() + i * DAY), status });
    ids.push(booking.id);
  }
});

describe("the booking counts per status", () => {
  it("follow inserts", async () => {
    await expectCountsRight();
    expect((await keptAndCounted()).kept.FLAGGED).toBeGreaterThanOrEqual(3);
  });

  it("follow a status change of one booking, and of several in one statement", async () => {
    await db.booking.update({ where: { id: ids[0] }, data: { status: "CONFIRMED" } });
    await expectCountsRight();
    await db.booking.updateMany({ where: { id: { in: [ids[1]!, ids[3]!, ids[5]!] } }, data: { status: "CANCELLED" } });
    await expectCountsRight();
  });

  it("stay as they are when an update changes no status", async () => {
    const before = await keptAndCounted();
    await db.booking.updateMany({ where: { id: { in: ids } }, data: { version: { increment: 1 } } });
    // The status it already has.
    await db.booking.update({ where: { id: ids[1] }, data: { status: "CANCELLED" } });
    expect(await keptAndCounted()).toEqual(before);
  });

  it("follow deletes", async () => {
    await db.slotClaim.deleteMany({ where: { bookingId: { in: ids } } });
    await db.screeningResponse.deleteMany({ where: { bookingId: { in: ids } } });
    await db.booking.deleteMany({ where: { id: { in: ids.slice(0, 2) } } });
    await expectCountsRight();
  });

  it("follow a booking made and cancelled through the app (on PostgreSQL, one statement writes the booking and its rows)", async () => {
    const { short, first } = await seedClinic(db);
    const patient = await makePatient(db, "Count Booker");
    const booking = await createBooking(patient, { procedureSlug: short.slug, startsAt: THU_1000, practitionerId: first.id }, NOW);
    await expectCountsRight();
    await cancelBooking(patient, booking.id, NOW);
    await expectCountsRight();
  });

  it("are what the queue shows as its total for a status alone; any other filter is counted", async () => {
    const patient = await makePatient(db, "Queue Count");
    const procedure = await makeProcedure(db, "Queue count consult");
    const practitioner = await makePractitioner(db);
    for (let i = 0; i < 3; i++) {
      await makeBooking(db, { patientId: patient.id, procedureId: procedure.id, practitionerId: practitioner.id, startsAt: new Date(base.getTime() + (40 + i) * DAY) });
    }
    const flagged = await db.booking.count({ where: { status: "FLAGGED" } });
    const queue = (filters: Record<string, string>) => findQueuePage(queueFiltersSchema.parse({ status: "FLAGGED", ...filters }));
    expect((await queue({})).total).toBe(flagged);
    // A window holding two of the three: counted, not the status's count.
    expect((await queue({ procedure: procedure.slug, from: "2027-03-14", to: "2027-03-15" })).total).toBe(2);
    // The status alone reads the kept count, on a page and past the last one.
    await db.bookingStatusCount.update({ where: { status: "FLAGGED" }, data: { count: { increment: 1000 } } });
    try {
      expect((await queue({})).total).toBe(flagged + 1000);
      expect(await queue({ page: "999" })).toMatchObject({ items: [], total: flagged + 1000 });
      expect((await queue({ procedure: procedure.slug })).total).toBe(3);
    } finally {
      await db.bookingStatusCount.update({ where: { status: "FLAGGED" }, data: { count: { decrement: 1000 } } });
    }
  });
});
