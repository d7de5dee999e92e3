// Free slots, recorded: a fixed clinic (hours, time off, a long booking
// history, bookings that straddle the window's start, New Zealand clock
// changes, notice edges) asked a fixed set of questions at fixed "now"s. The
// answers must stay exactly those in free-slots-recorded.json, which the code
// before the slot computation was rewritten for speed produced
// (docs/decisions/012-hot-paths.md). The API's answer is compared byte for
// byte (as a SHA-256 of its body) and as a readable list, so a change shows
// which times moved.
//
// To record again after a deliberate change of the rules:
//   RECORD_FREE_SLOTS=1 npx vitest run tests/integration/free-slots-recorded.test.ts
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { NextRequest } from "next/server";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { addClinicDays, clinicToday, computeFreeSlots, type Slot } from "@/lib/availability";
import { loadPractitionerSchedules } from "@/lib/availability/slot-data";
import { findOfferedSlot } from "@/lib/booking/booking-data";
import { ensureClinicRow, TEST_CLINIC_TIME_ZONE as ZONE } from "@/tests/support/clinic-row";
import { makePatient } from "@/tests/support/people";

const RECORD_FILE = path.join(path.dirname(new URL(import.meta.url).pathname), "free-slots-recorded.json");
const MINUTE = 60_000;
const DAY = 86_400_000;

const { GET: slotsRoute } = await import("@/app/api/procedures/[slug]/slots/route");

// Durations and buffers as a clinic would set them, plus an off-grid one (20 + 5).
const PROCEDURES = [
  { slug: "rec-consult", durationMinutes: 30, bufferMinutes: 0 },
  { slug: "rec-review", durationMinutes: 45, bufferMinutes: 15 },
  { slug: "rec-infusion", durationMinutes: 180, bufferMinutes: 30 },
  { slug: "rec-odd", durationMinutes: 20, bufferMinutes: 5 },
] as const;

type Hours = { weekday: number; opensAt: string; closesAt: string };
const weekdays = (days: number[], opensAt: string, closesAt: string): Hours[] => days.map((weekday) => ({ weekday, opensAt, closesAt }));

// Ids are fixed so the recorded answers name the same people every run.
const PRACTITIONERS = [
  { id: "rec-p-aroha", name: "Dr Aroha Ngata", hours: weekdays([1, 2, 3, 4, 5], "09:00", "17:00"), does: "all" },
  {
    id: "rec-p-ben",
    name: "Dr Ben Carter",
    // A split day, an off-grid opening and closing, and overlapping windows on Thursday.
    hours: [...weekdays([1, 2, 3, 6], "08:30", "12:00"), ...weekdays([1, 2, 3], "13:00", "18:10"), ...weekdays([4], "09:10", "13:00"), ...weekdays([4], "11:00", "15:00")],
    does: "all",
  },
  {
    id: "rec-p-cora",
    name: "Dr Cora Li",
    // Sunday small hours cross both clock changes; 24:00 is the end of the day.
    hours: [...weekdays([7], "01:00", "05:00"), ...weekdays([6, 7], "20:00", "24:00"), ...weekdays([2, 4], "07:00", "11:00")],
    does: "all",
  },
  { id: "rec-p-dan", name: "Dr Dan Moore", hours: weekdays([1, 3, 5], "10:00", "16:00"), does: "short" },
  { id: "rec-p-eve", name: "Dr Eve Stone (inactive)", hours: weekdays([1, 2, 3, 4, 5], "09:00", "17:00"), does: "all", inactive: true },
] as const;

const STATUSES = ["CONFIRMED", "CONFIRMED", "CONFIRMED", "FLAGGED", "POSTPONED", "CANCELLED", "COMPLETED", "NO_SHOW"] as const;

// Fixed "now"s: Monday 9 am; a Wednesday at 10:07 (notice ends mid-slot);
// the Friday before the April 2026 fall-back; a Thursday before the
// September 2026 spring-forward; a Monday exactly on a slot boundary.
const NOWS = [
  new Date("2026-03-01T20:00:00Z"),
  new Date("2026-03-03T21:07:00Z"),
  new Date("2026-04-02T23:30:00Z"),
  new Date("2026-09-23T22:15:00Z"),
  new Date("2026-09-27T21:30:00Z"),
];

/** A small seeded generator, so the booking spread is the same every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

let bookingCount = 0;
const bookingRows: Prisma.BookingCreateManyInput[] = [];
function book(args: { practitionerId: string; procedure: string; startsAt: Date; status: string; patientId: string }) {
  const procedure = PROCEDURES.find((p) => p.slug === args.procedure)!;
  const endsAt = new Date(args.startsAt.getTime() + procedure.durationMinutes * MINUTE);
  const n = ++bookingCount;
  bookingRows.push({
      id: `rec-b-${String(n).padStart(4, "0")}`,
      reference: `CB-R${String(n).padStart(4, "0")}`,
      patientId: args.patientId,
      procedureId: `rec-proc-${procedure.slug}`,
      practitionerId: args.practitionerId,
      startsAt: args.startsAt,
      endsAt,
      blockedUntil: new Date(endsAt.getTime() + procedure.bufferMinutes * MINUTE),
      status: args.status as (typeof STATUSES)[number],
  });
}

beforeAll(async () => {
  await ensureClinicRow(db);
  for (const p of PROCEDURES) {
    await db.procedure.create({
      data: { id: `rec-proc-${p.slug}`, slug: p.slug, name: p.slug, summary: "s", description: "d", durationMinutes: p.durationMinutes, bufferMinutes: p.bufferMinutes, requiresScreening: false },
    });
  }
  for (const p of PRACTITIONERS) {
    const procedures = PROCEDURES.filter((proc) => p.does === "all" || proc.durationMinutes <= 45);
    await db.practitioner.create({
      data: {
        id: p.id,
        name: p.name,
        title: "Doctor",
        active: !("inactive" in p && p.inactive),
        openingHours: { create: p.hours.map((h) => ({ ...h })) },
        procedures: { create: procedures.map((proc) => ({ procedureId: `rec-proc-${proc.slug}` })) },
      },
    });
  }
  const patient = await makePatient(db, "Rec Patient");
  const random = seeded(12);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const active = PRACTITIONERS.filter((p) => !("inactive" in p && p.inactive));

  // History a year back, then dense bookings around the asked-for weeks. Most
  // start on the 15-minute grid; some do not (older or imported rows).
  const spans = [
    { from: Date.parse("2025-01-01T00:00:00Z"), days: 400, count: 250 },
    { from: Date.parse("2026-02-20T00:00:00Z"), days: 90, count: 700 },
    { from: Date.parse("2026-09-10T00:00:00Z"), days: 60, count: 450 },
  ];
  for (const span of spans) {
    for (let i = 0; i < span.count; i++) {
      const quarter = Math.floor(random() * span.days * 96);
      const offGrid = random() < 0.08 ? Math.floor(random() * 14) + 1 : 0;
      book({
        practitionerId: pick(PRACTITIONERS).id,
        procedure: pick(PROCEDURES).slug,
        startsAt: new Date(span.from + quarter * 15 * MINUTE + offGrid * MINUTE),
        status: pick(STATUSES),
        patientId: patient.id,
      });
    }
  }
  // Holds that start before a window and run into it: late-evening infusions
  // the day before, one ending exactly at opening, one across the fall-back night.
  const edges: [string, string, string][] = [
    ["rec-p-cora", "rec-infusion", "2026-03-08T09:30:00Z"], // Sun 22:30 NZDT → Mon 01:30 + buffer
    ["rec-p-cora", "rec-infusion", "2026-03-14T10:00:00Z"], // Sat 23:00 → Sun 02:00
    ["rec-p-aroha", "rec-infusion", "2026-03-08T17:30:00Z"], // Mon 06:30 → 09:30 + buffer, over the opening
    ["rec-p-ben", "rec-review", "2026-03-08T18:30:00Z"], // Mon 07:30 → 08:30 exactly at opening
    ["rec-p-cora", "rec-infusion", "2026-04-04T11:00:00Z"], // Sun 00:00 NZDT, through the repeated hour
    ["rec-p-cora", "rec-infusion", "2026-09-26T12:00:00Z"], // Sun 00:00 NZST, through the skipped hour
    ["rec-p-cora", "rec-infusion", "2026-09-05T09:00:00Z"], // Sat 21:00 → Sun 00:00
  ];
  for (const [practitionerId, procedure, startsAt] of edges) {
    book({ practitionerId, procedure, startsAt: new Date(startsAt), status: "CONFIRMED", patientId: patient.id });
  }
  await db.booking.createMany({ data: bookingRows });
  // Time off: a long leave already running when the window opens, part days, and a DST Sunday.
  await db.timeOff.createMany({
    data: [
      { practitionerId: "rec-p-cora", startsAt: new Date("2026-02-01T00:00:00Z"), endsAt: new Date("2026-03-11T23:00:00Z") },
      { practitionerId: "rec-p-aroha", startsAt: new Date("2026-03-19T20:00:00Z"), endsAt: new Date("2026-04-01T11:00:00Z") },
      { practitionerId: "rec-p-ben", startsAt: new Date("2026-03-09T23:00:00Z"), endsAt: new Date("2026-03-10T01:20:00Z") },
      { practitionerId: "rec-p-cora", startsAt: new Date("2026-04-04T14:30:00Z"), endsAt: new Date("2026-04-04T15:30:00Z") },
      { practitionerId: "rec-p-dan", startsAt: new Date("2026-09-27T22:00:00Z"), endsAt: new Date("2026-10-02T04:00:00Z") },
    ],
  });
}, 60_000);

afterEach(() => {
  vi.useRealTimers();
});

/** The clinic-date ranges asked for at `now`: this week, the next ones, a month, single days and the horizon's edge. */
function rangesAt(now: Date) {
  const today = clinicToday(now, ZONE);
  const monday = (date: string) => {
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    return addClinicDays(date, -weekday);
  };
  const week = (start: string) => ({ from: start, to: addClinicDays(start, 6) });
  const thisMonday = monday(today);
  return [
    week(thisMonday),
    week(addClinicDays(thisMonday, 7)),
    week(addClinicDays(thisMonday, 14)),
    week(addClinicDays(thisMonday, 35)),
    { from: addClinicDays(today, -3), to: addClinicDays(today, 27) },
    { from: today, to: today },
    { from: addClinicDays(today, 1), to: addClinicDays(today, 1) },
    { from: addClinicDays(today, 2), to: addClinicDays(today, 2) },
    { from: addClinicDays(today, 88), to: addClinicDays(today, 94) },
    { from: addClinicDays(today, -20), to: addClinicDays(today, -14) },
  ];
}

const compact = (slots: Slot[]) =>
  slots.map((s) => `${s.startsAt.toISOString()} ${(s.endsAt.getTime() - s.startsAt.getTime()) / MINUTE} ${s.practitioners.map((p) => p.id).join(",")}`);

async function routeBody(slug: string, range: { from: string; to: string }, now: Date) {
  vi.useFakeTimers({ now, toFake: ["Date"] });
  try {
    const url = new URL(`http://localhost/api/procedures/${slug}/slots?from=${range.from}&to=${range.to}`);
    const request = Object.assign(new Request(url), { nextUrl: url }) as unknown as NextRequest;
    const response = await slotsRoute(request, { params: Promise.resolve({ slug }) });
    return { status: response.status, body: await response.text() };
  } finally {
    vi.useRealTimers();
  }
}

async function answerAll() {
  const answers: Record<string, unknown> = {};
  for (const now of NOWS) {
    for (const range of rangesAt(now)) {
      for (const procedure of PROCEDURES) {
        const key = `${now.toISOString()} ${procedure.slug} ${range.from}..${range.to}`;
        const route = await routeBody(procedure.slug, range, now);
        const body = JSON.parse(route.body) as { slots: { startsAt: string; endsAt: string; practitioners: { id: string }[] }[] };
        answers[key] = {
          slots: body.slots.map((s) => `${s.startsAt} ${(Date.parse(s.endsAt) - Date.parse(s.startsAt)) / MINUTE} ${s.practitioners.map((p) => p.id).join(",")}`),
          route: { status: route.status, bytes: route.body.length, sha256: createHash("sha256").update(route.body).digest("hex") },
        };
      }
    }
  }
  // The booking check: every quarter hour of a day and a half, as booked,
  // ignoring one booking (a move), and ignoring all bookings.
  const offered: Record<string, string[]> = {};
  const now = NOWS[0]!;
  const infusion = { id: "rec-proc-rec-infusion", ...PROCEDURES[2] };
  const review = { id: "rec-proc-rec-review", ...PROCEDURES[1] };
  for (const procedure of [infusion, review]) {
    for (const mode of procedure === infusion ? (["as-booked", "moving rec-b-1403", "ignoring bookings"] as const) : (["as-booked"] as const)) {
      const list: string[] = [];
      for (let t = Date.parse("2026-03-08T16:00:00Z"); t < Date.parse("2026-03-09T23:00:00Z"); t += 15 * MINUTE) {
        const slot = await findOfferedSlot({
          procedure,
          startsAt: new Date(t),
          now,
          timeZone: ZONE,
          excludeBookingId: mode === "moving rec-b-1403" ? "rec-b-1403" : undefined,
          ignoreBookings: mode === "ignoring bookings",
        });
        if (slot) list.push(compact([slot])[0]!);
      }
      offered[`${procedure.slug} ${mode}`] = list;
    }
  }
  // The pure rules on the loaded schedules, with non-default notice, horizon and step.
  const pure: Record<string, string[]> = {};
  const schedules = await loadPractitionerSchedules({ procedureId: review.id, range: { from: "2026-03-30", to: "2026-04-12" }, timeZone: ZONE });
  for (const options of [
    { minNoticeHours: 0, horizonDays: 90, stepMinutes: 15 },
    { minNoticeHours: 36.5, horizonDays: 35, stepMinutes: 45 },
    { minNoticeHours: 0, horizonDays: 2, stepMinutes: 60 },
  ]) {
    const slots = computeFreeSlots({ procedure: review, practitioners: schedules, from: "2026-03-30", to: "2026-04-12", timeZone: ZONE, now: new Date(NOWS[2]!.getTime() - 3 * DAY), ...options });
    pure[JSON.stringify(options)] = compact(slots);
  }
  return { answers, offered, pure };
}

describe("free slots, recorded", () => {
  it("answers every recorded question exactly as recorded", { timeout: 600_000 }, async () => {
    const actual = await answerAll();
    if (process.env.RECORD_FREE_SLOTS === "1") {
      fs.writeFileSync(RECORD_FILE, JSON.stringify(actual, null, 1) + "\n");
    }
    const recorded = JSON.parse(fs.readFileSync(RECORD_FILE, "utf8"));
    // A recording with nothing in it would prove nothing.
    const slotCount = Object.values(recorded.answers as Record<string, { slots: string[] }>).reduce((n, a) => n + a.slots.length, 0);
    expect(slotCount).toBeGreaterThan(5_000);
    for (const key of Object.keys(recorded.answers)) {
      expect(actual.answers[key], key).toEqual(recorded.answers[key]);
    }
    expect(Object.keys(actual.answers)).toEqual(Object.keys(recorded.answers));
    expect(actual.offered).toEqual(recorded.offered);
    expect(actual.pure).toEqual(recorded.pure);
  });

  it("asked about one practitioner, says what everyone's answer says of them", { timeout: 120_000 }, async () => {
    const now = NOWS[0]!;
    let freeSeen = 0;
    for (const shape of [PROCEDURES[2], PROCEDURES[1]]) {
      const procedure = { id: `rec-proc-${shape.slug}`, ...shape };
      for (const mode of ["as-booked", "moving rec-b-1403", "ignoring bookings"] as const) {
        const options = { excludeBookingId: mode === "moving rec-b-1403" ? "rec-b-1403" : undefined, ignoreBookings: mode === "ignoring bookings" };
        for (let t = Date.parse("2026-03-08T16:00:00Z"); t < Date.parse("2026-03-09T23:00:00Z"); t += 15 * MINUTE) {
          const query = { procedure, startsAt: new Date(t), now, timeZone: ZONE, ...options };
          const everyone = await findOfferedSlot(query);
          // Inactive Eve and Dan (who does not do the infusion) are asked about too.
          for (const { id } of PRACTITIONERS) {
            const own = await findOfferedSlot({ ...query, practitionerId: id });
            const expected = everyone?.practitioners.filter((p) => p.id === id) ?? [];
            expect(own?.practitioners ?? [], `${shape.slug} ${mode} ${new Date(t).toISOString()} ${id}`).toEqual(expected);
            if (own) expect({ startsAt: own.startsAt, endsAt: own.endsAt }).toEqual({ startsAt: everyone!.startsAt, endsAt: everyone!.endsAt });
            freeSeen += expected.length;
          }
        }
      }
    }
    // Both answers, free and not, were compared.
    expect(freeSeen).toBeGreaterThan(100);
  });
});
