// A practitioner's calendar app subscribing to their feed: parsed with a
// real iCalendar parser, as a calendar app would read it.
import { beforeAll, describe, expect, it } from "vitest";
import ical, { type VEvent } from "node-ical";
import { db } from "@/lib/db/client";
import { addClinicDays, clinicInstant, clinicToday } from "@/lib/availability";
import { createCalendarFeed, revokeCalendarFeed } from "@/lib/calendar-feed/calendar-feed-data";
import { feedEventUid } from "@/lib/calendar-feed/practitioner-feed";
import { seedClinic } from "../support/booking-fixtures";
import { makePatient, makeStaff } from "../support/people";
import { addFlaggingScreening, makeBooking } from "../support/fhir-fixtures";

const { GET } = await import("@/app/api/calendar-feeds/[token]/route");
const TZ = "Pacific/Auckland";

async function subscribe(token: string) {
  const res = await GET(new Request(`http://localhost/api/calendar-feeds/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) });
  const text = await res.text();
  return { status: res.status, type: res.headers.get("content-type"), text, events: res.ok ? events(text) : [] };
}

function events(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
}

let clinic: Awaited<ReturnType<typeof seedClinic>>;
let adminId: string;
let booking: { id: string };
let flagged: { id: string };
const day = addClinicDays(clinicToday(new Date(), TZ), 4);

beforeAll(async () => {
  clinic = await seedClinic(db);
  adminId = (await makeStaff(db)).id;
  const patient = await makePatient(db, "Hemi Walker");
  const base = { patientId: patient.id, practitionerId: clinic.first.id, procedureId: clinic.short.id, minutes: 45 };
  booking = await makeBooking(db, { ...base, startsAt: clinicInstant(day, "09:00", TZ), status: "CONFIRMED" });
  flagged = await makeBooking(db, { ...base, startsAt: clinicInstant(day, "11:00", TZ), status: "FLAGGED" });
  await addFlaggingScreening(db, flagged.id, patient.id, new Date());
  await makeBooking(db, { ...base, startsAt: clinicInstant(day, "14:00", TZ), status: "CANCELLED" });
  await makeBooking(db, { ...base, practitionerId: clinic.second.id, startsAt: clinicInstant(day, "09:00", TZ), status: "CONFIRMED" });
});

describe("practitioner calendar feed", () => {
  it("lists the practitioner's own bookings with procedure and time only, and follows a reschedule", async () => {
    const created = await createCalendarFeed({ practitionerId: clinic.first.id, showPatientNames: false }, adminId);
    if (!created.ok) throw new Error(created.message);
    const before = await subscribe(created.token);
    expect(before.status).toBe(200);
    expect(before.type).toContain("text/calendar");
    // The cancelled booking and the other practitioner's are not in it; a flagged one looks like any other.
    expect(before.events.map((e) => e.uid).sort()).toEqual([feedEventUid(booking.id), feedEventUid(flagged.id)].sort());
    const event = before.events.find((e) => e.uid === feedEventUid(booking.id))!;
    expect(event.summary).toBe(clinic.short.name);
    expect(event.start.toISOString()).toBe(clinicInstant(day, "09:00", TZ).toISOString());
    // No patient name and nothing from the screening anywhere in the file.
    expect(before.text).not.toContain("Hemi");
    expect(before.text).not.toMatch(/cough|flag|screen|review/i);

    // The booking moves to 15:00 (the booking service bumps version on every change).
    await db.booking.update({
      where: { id: booking.id },
      data: { startsAt: clinicInstant(day, "15:00", TZ), endsAt: clinicInstant(day, "15:45", TZ), version: { increment: 1 } },
    });
    const after = await subscribe(created.token);
    const moved = after.events.find((e) => e.uid === feedEventUid(booking.id))!;
    expect(moved.start.toISOString()).toBe(clinicInstant(day, "15:00", TZ).toISOString());
    expect(Number(moved.sequence)).toBe(Number(event.sequence) + 1);

    // Cancelled: gone from the feed at the next refresh.
    await db.booking.update({ where: { id: flagged.id }, data: { status: "CANCELLED", version: { increment: 1 } } });
    expect((await subscribe(created.token)).events.map((e) => e.uid)).toEqual([feedEventUid(booking.id)]);
  });

  it("shows patient names only when the clinic turned them on for the feed", async () => {
    const created = await createCalendarFeed({ practitionerId: clinic.first.id, showPatientNames: true }, adminId);
    if (!created.ok) throw new Error(created.message);
    const { events: withNames } = await subscribe(created.token);
    expect(withNames[0]!.summary).toBe(`${clinic.short.name} — Hemi Walker`);
    // Names left the clinic: each fetch is in the audit trail, like any read of patient data.
    const feed = await db.calendarFeed.findFirstOrThrow({ where: { practitionerId: clinic.first.id, revokedAt: null }, select: { id: true } });
    expect(await db.auditEvent.count({ where: { action: "calendar-feed.read-with-names", entityId: feed.id } })).toBe(1);
  });

  it("a new feed replaces the old one, and a revoked or unknown token gets a plain 404", async () => {
    const first = await createCalendarFeed({ practitionerId: clinic.second.id, showPatientNames: false }, adminId);
    const second = await createCalendarFeed({ practitionerId: clinic.second.id, showPatientNames: false }, adminId);
    if (!first.ok || !second.ok) throw new Error("feed not created");
    expect((await subscribe(first.token)).status).toBe(404);
    expect((await subscribe(second.token)).status).toBe(200);
    const row = await db.calendarFeed.findFirstOrThrow({ where: { practitionerId: clinic.second.id, revokedAt: null } });
    expect(row.tokenHash).not.toContain(second.token);
    expect(await revokeCalendarFeed(row.id, adminId)).toBe(true);
    expect((await subscribe(second.token)).status).toBe(404);
    expect((await subscribe("cbf_nothing-like-a-real-token")).status).toBe(404);
    expect((await subscribe("x")).status).toBe(404);
  });

  it("an unknown practitioner is a field error, not a crash", async () => {
    expect(await createCalendarFeed({ practitionerId: "nobody", showPatientNames: false }, adminId)).toEqual({
      ok: false,
      field: "practitionerId",
      message: "Choose a practitioner from the list",
    });
  });
});
