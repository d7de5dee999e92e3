import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { queueFiltersSchema } from "./queue-filters";
import { findQueueForExport, findQueuePage } from "./queue-query";
import { reasonChipLabel } from "./reason-chip-labels";
import { ensureClinic, makeBooking, makePractitioner, makeProcedure } from "./test-data";
import { makePatient, makeStaff } from "@/tests/support/people";
import { queueCsv } from "./queue-export";
import { clinicInstant } from "@/lib/availability/clinic-time";

// 2026-04-01 09:00 NZDT … one booking a day for 30 days, plus a few to filter by.
const DAY = 86_400_000;
const base = new Date("2026-03-31T20:00:00Z");
let msc: { id: string; slug: string };
let prp: { id: string; slug: string };
let wiremuRef = "";

const query = (input: Record<string, string> = {}) => findQueuePage(queueFiltersSchema.parse(input));

beforeAll(async () => {
  await ensureClinic(db);
  msc = await makeProcedure(db, "MSC infusion");
  prp = await makeProcedure(db, "PRP injection");
  const practitioner = await makePractitioner(db);
  const mere = await makePatient(db, "Mere Thompson");
  const wiremu = await makePatient(db, "Wiremu Tane");
  // Created in reverse time order, so insertion order cannot pass for "soonest first".
  for (let i = 29; i >= 0; i--) {
    await makeBooking(db, {
      patientId: mere.id,
      procedureId: msc.id,
      practitionerId: practitioner.id,
      startsAt: new Date(base.getTime() + i * DAY),
      flaggedAt: new Date(base.getTime() - (30 - i) * 3_600_000),
    });
  }
  const wiremuBooking = await makeBooking(db, {
    patientId: wiremu.id,
    procedureId: prp.id,
    practitionerId: practitioner.id,
    startsAt: new Date(base.getTime() + 10 * DAY + 3_600_000),
    reasons: [{ code: "CLOSE_CONTACT", message: "You were in close contact with someone who has flu." }],
  });
  wiremuRef = wiremuBooking.reference;
  await makeBooking(db, {
    patientId: wiremu.id,
    procedureId: prp.id,
    practitionerId: practitioner.id,
    startsAt: new Date(base.getTime() + 12 * DAY + 3_600_000),
    status: "CONFIRMED",
  });
});

describe("the flagged queue", () => {
  it("lists flagged bookings soonest procedure first, 25 to a page, with the total", async () => {
    const page = await query();
    expect(page.total).toBe(31);
    expect(page.pageSize).toBe(25);
    expect(page.items).toHaveLength(25);
    const starts = page.items.map((item) => item.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(page.items[0]!.startsAt).toEqual(base);
    expect(page.items.every((item) => item.status === "FLAGGED")).toBe(true);
  });

  it("gives the rest on page 2 without repeating any booking", async () => {
    const [first, second] = [await query(), await query({ page: "2" })];
    expect(second.items).toHaveLength(6);
    const ids = new Set([...first.items, ...second.items].map((item) => item.id));
    expect(ids.size).toBe(31);
  });

  it("shows the patient, procedure, reason chips and when the booking was flagged", async () => {
    const item = (await query({ q: "Wiremu" })).items[0]!;
    expect(item).toMatchObject({ patientName: "Wiremu Tane", procedureName: "PRP injection", reference: wiremuRef });
    // Labels only: the message quotes health answers, an audited read on the review page.
    expect(item.reasons).toEqual([{ code: "CLOSE_CONTACT", label: reasonChipLabel("CLOSE_CONTACT") }]);
    expect(JSON.stringify(item)).not.toContain("flu");
    expect(item.flaggedSince).toBeInstanceOf(Date);
  });

  it("filters by status", async () => {
    const page = await query({ status: "CONFIRMED" });
    expect(page.total).toBe(1);
    expect(page.items[0]!.patientName).toBe("Wiremu Tane");
  });

  it("filters by clinic date range, both ends included", async () => {
    // 2026-04-03 and 2026-04-04 in Auckland: two of Mere's bookings.
    const page = await query({ from: "2026-04-03", to: "2026-04-04" });
    expect(page.total).toBe(2);
  });

  it("filters by procedure", async () => {
    const page = await query({ procedure: prp.slug });
    expect(page.items.map((item) => item.reference)).toEqual([wiremuRef]);
  });

  it("searches by reference, whole or its start, in any case", async () => {
    expect((await query({ q: wiremuRef.toLowerCase() })).items.map((i) => i.reference)).toEqual([wiremuRef]);
    const prefix = await query({ q: wiremuRef.slice(0, 6) });
    expect(prefix.items.map((i) => i.reference)).toContain(wiremuRef);
  });

  it("searches by part of the patient's name", async () => {
    const page = await query({ q: "thomp" });
    expect(page.total).toBe(30);
    expect(page.items.every((item) => item.patientName === "Mere Thompson")).toBe(true);
  });

  it("pages a name search within dates, soonest first, with its total on every page and past the end", async () => {
    const window = { q: "thomp", from: "2026-04-01", to: "2026-04-30" };
    const [first, second, past] = [await query(window), await query({ ...window, page: "2" }), await query({ ...window, page: "3" })];
    expect([first.total, second.total, past.total]).toEqual([30, 30, 30]);
    expect([first.items.length, second.items.length, past.items.length]).toEqual([25, 5, 0]);
    const starts = [...first.items, ...second.items].map((item) => item.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(30);
    expect(first.items.every((item) => item.patientName === "Mere Thompson")).toBe(true);
  });

  it("treats % and _ in a name search as plain characters, not wildcards", async () => {
    expect((await query({ q: "%" })).total).toBe(0);
    expect((await query({ q: "_" })).total).toBe(0);
    expect((await query({ q: "M%e" })).total).toBe(0);
    expect((await query({ q: "Wir_mu" })).total).toBe(0);
    expect((await query({ q: "Wiremu" })).total).toBe(1);
  });

  it("answers an empty page past the end", async () => {
    const page = await query({ page: "9" });
    expect(page.items).toEqual([]);
    expect(page.total).toBe(31);
  });

  it("exports every matching booking, not just one page", async () => {
    const { items, truncated } = await findQueueForExport(queueFiltersSchema.parse({ page: "2" }));
    expect(items).toHaveLength(31);
    expect(truncated).toBe(false);
  });
});

describe("a name search within dates", () => {
  // The name lookup starts from the bookings in the window; these check it
  // finds exactly what the filters find one by one, edges of the window included.
  const midnight = (day: string) => clinicInstant(day, "00:00", "Pacific/Auckland");
  let firstRef = "";

  beforeAll(async () => {
    const practitioner = await makePractitioner(db);
    const aroha = await makePatient(db, "Aroha Ngata-Smith");
    const other = await makePatient(db, "Hemi Walker");
    const book = (patientId: string, startsAt: Date, status: "POSTPONED" | "NO_SHOW") =>
      makeBooking(db, { patientId, procedureId: msc.id, practitionerId: practitioner.id, startsAt, status });
    firstRef = (await book(aroha.id, midnight("2026-05-10"), "POSTPONED")).reference; // the window's first instant
    await book(aroha.id, midnight("2026-05-12"), "POSTPONED"); // the instant the window ends: outside
    await book(aroha.id, midnight("2026-05-11"), "NO_SHOW"); // in the window, another status
    await book(other.id, midnight("2026-05-11"), "POSTPONED"); // in the window, another name
  });

  it("finds the booking at the window's first instant, and none at its end or of another status", async () => {
    const page = await query({ status: "POSTPONED", q: "NGATA", from: "2026-05-10", to: "2026-05-11" });
    expect(page.items.map((item) => item.reference)).toEqual([firstRef]);
  });

  it("gives the same bookings as the date filter with the name checked one by one", async () => {
    const window = { status: "POSTPONED", from: "2026-05-01", to: "2026-05-31" };
    const named = await query({ ...window, q: "ngata" });
    const all = await query(window);
    const expected = all.items.filter((item) => item.patientName.toLowerCase().includes("ngata")).map((item) => item.reference);
    expect(named.items.map((item) => item.reference)).toEqual(expected);
    expect(expected).toHaveLength(2);
    expect((await query({ status: "POSTPONED", q: "ngata" })).total).toBe(2);
  });
});

describe("reasons a nurse set aside", () => {
  it("leaves 'Mentions illness' off the chips and the CSV once the free text is marked not respiratory, after a move too", async () => {
    const practitioner = await makePractitioner(db);
    const aroha = await makePatient(db, "Aroha Setaside");
    const nurse = await makeStaff(db);
    const booking = await makeBooking(db, {
      patientId: aroha.id,
      procedureId: msc.id,
      practitionerId: practitioner.id,
      startsAt: new Date(base.getTime() + 40 * DAY),
      reasons: [
        { code: "CLOSE_CONTACT", message: "You were in close contact with someone who has flu." },
        { code: "FREE_TEXT_RESPIRATORY", message: "You mentioned feeling crook." },
      ],
    });
    const chips = async () => (await query({ q: "Setaside" })).items[0]!.reasons.map((r) => r.label);
    const csvReasons = async () => {
      const { items } = await findQueueForExport(queueFiltersSchema.parse({ q: "Setaside" }));
      return queueCsv(items, "Pacific/Auckland", new Date()).split("\r\n")[1];
    };
    const mentions = reasonChipLabel("FREE_TEXT_RESPIRATORY");
    expect(await chips()).toEqual([reasonChipLabel("CLOSE_CONTACT"), mentions]);

    const [answered] = await db.screeningResponse.findMany({ where: { bookingId: booking.id } });
    await db.screeningReasonDismissal.create({
      data: { responseId: answered!.id, code: "FREE_TEXT_RESPIRATORY", note: "Knee.", dismissedById: nurse.id },
    });
    expect(await chips()).toEqual([reasonChipLabel("CLOSE_CONTACT")]);
    expect(await csvReasons()).toContain(reasonChipLabel("CLOSE_CONTACT"));
    expect(await csvReasons()).not.toContain(mentions);

    // A move re-reads the answers into a new row; the dismissal, kept on the first, still counts.
    const { id: _id, ...copy } = answered!;
    await db.screeningResponse.create({
      data: { ...copy, submittedAt: new Date(answered!.submittedAt.getTime() + 60_000), reassessedFromId: answered!.id },
    });
    expect(await chips()).toEqual([reasonChipLabel("CLOSE_CONTACT")]);
  });
});
