// The recorded equality check for the booking write path: a fixed set of
// bookings (clear and flagged screening, a replayed retry, race losers, a
// refused claim, a procedure without screening, refusals, a move) made through
// the REST door at a fixed clock, and every row they wrote compared with
// booking-rows-recorded.json. Ids, references and patient emails are random,
// so they are replaced by stable labels; everything else — statuses, times,
// claims, history, audit details, email text and calendar files, stored API
// answers — must match exactly. Making the path faster must not change what
// it writes: if this fails, the rows changed, not only the speed.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { wellAnswers } from "@/lib/screening/well-answers";
import { ensureClinicRow } from "@/tests/support/clinic-row";

let caller: CurrentUser | null = null;
vi.mock("@/lib/auth/guards", () => ({
  authenticateApi: async (roles?: readonly string[]) => {
    if (!caller) return { ok: false, response: Response.json({ error: { code: "UNAUTHENTICATED", message: "Sign in" } }, { status: 401 }) };
    if (roles && !roles.includes(caller.role)) {
      return { ok: false, response: Response.json({ error: { code: "FORBIDDEN", message: "No" } }, { status: 403 }) };
    }
    return { ok: true, user: caller };
  },
}));

const { POST: createRoute } = await import("@/app/api/bookings/route");
const { POST: rescheduleRoute } = await import("@/app/api/bookings/[id]/reschedule/route");

// Tuesday 1 December 2026, 1 pm in Auckland. Every "now" — the routes' and
// the database defaults Prisma fills in — is this instant.
const NOW = new Date("2026-12-01T00:00:00Z");
// Clinic times (NZDT, UTC+13).
const THU_0930 = "2026-12-02T20:30:00.000Z";
const THU_1000 = "2026-12-02T21:00:00.000Z";
const THU_1100 = "2026-12-02T22:00:00.000Z";
const THU_1400 = "2026-12-03T01:00:00.000Z";
const FRI_1000 = "2026-12-03T21:00:00.000Z";
const FRI_1100 = "2026-12-03T22:00:00.000Z";

type Person = CurrentUser;
const patients: Person[] = [];
let drA: { id: string };
let drB: { id: string };
const procedureIds: string[] = [];

async function patient(n: number): Promise<Person> {
  const email = `patient-${n}@recorded.test`;
  const name = `Patient ${n}`;
  const user = await db.user.create({
    data: { email, name, role: "PATIENT", profile: { create: { legalName: name, dateOfBirth: "1980-05-17", phone: "021 555 0100" } } },
    select: { id: true },
  });
  const person: Person = { id: user.id, email, name, role: "PATIENT" };
  patients.push(person);
  return person;
}

function post(body: unknown, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/bookings", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  }) as unknown as import("next/server").NextRequest;
}

async function book(who: Person, body: unknown, headers: Record<string, string> = {}) {
  caller = who;
  const response = await createRoute(post(body, headers));
  return { status: response.status, replayed: response.headers.get("Idempotent-Replayed"), body: await response.json() };
}

async function move(who: Person, id: string, startsAt: string, practitionerId?: string) {
  caller = who;
  const request = new Request(`http://localhost/api/bookings/${id}/reschedule`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ startsAt, ...(practitionerId ? { practitionerId } : {}) }),
  });
  const response = await rescheduleRoute(request, { params: Promise.resolve({ id }) } as never);
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  vi.setSystemTime(NOW);
  await ensureClinicRow(db, { phone: "09 555 0000", email: "care@recorded.test", address: "1 Test Street, Auckland" });
  const procedure = (slug: string, durationMinutes: number, bufferMinutes: number, requiresScreening: boolean) =>
    db.procedure.create({
      data: { slug, name: `Recorded ${slug}`, summary: "s", description: "d", durationMinutes, bufferMinutes, requiresScreening },
      select: { id: true },
    });
  const consult = await procedure("recorded-consult", 45, 15, true);
  const infusion = await procedure("recorded-infusion", 180, 30, false);
  procedureIds.push(consult.id, infusion.id);
  const practitioner = (name: string) =>
    db.practitioner.create({
      data: {
        name,
        title: "Doctor",
        openingHours: { create: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: "09:00", closesAt: "17:00" })) },
        procedures: { create: [{ procedureId: consult.id }, { procedureId: infusion.id }] },
      },
      select: { id: true },
    });
  drA = await practitioner("A Recorded");
  drB = await practitioner("B Recorded");
  for (let n = 1; n <= 8; n++) await patient(n);

  // A cancelled booking whose claim was left behind: the availability read
  // ignores it (cancelled), so only the claim insert refuses that time.
  const leftover = await db.booking.create({
    data: {
      reference: "CB-LEFT2",
      patientId: patients[7]!.id,
      procedureId: consult.id,
      practitionerId: drA.id,
      startsAt: new Date(THU_1400),
      endsAt: new Date(Date.parse(THU_1400) + 45 * 60_000),
      blockedUntil: new Date(Date.parse(THU_1400) + 60 * 60_000),
      status: "CANCELLED",
    },
    select: { id: true },
  });
  await db.slotClaim.create({ data: { practitionerId: drA.id, cellStart: new Date(Date.parse(THU_1400) + 30 * 60_000), bookingId: leftover.id } });
});

afterAll(() => {
  vi.useRealTimers();
});

const well = wellAnswers();
const coughing = wellAnswers({ symptoms: ["cough"] });

describe("the rows a booking writes", { timeout: 60_000 }, () => {
  it("are the recorded ones, for the same inputs", async () => {
    const [p1, p2, p3, p4, p5, p6, p7] = patients as [Person, Person, Person, Person, Person, Person, Person];
    const answers: Record<string, unknown> = {};

    // Clear screening, chosen practitioner, with an Idempotency-Key; then its retry.
    answers.clear = await book(p1, { procedureSlug: "recorded-consult", startsAt: THU_1000, practitionerId: drA.id, screening: well }, { "Idempotency-Key": "k-1" });
    answers.clearRetry = await book(p1, { procedureSlug: "recorded-consult", startsAt: THU_1000, practitionerId: drA.id, screening: well }, { "Idempotency-Key": "k-1" });
    // Flagged screening, whoever is free (A is taken, so B).
    answers.flagged = await book(p2, { procedureSlug: "recorded-consult", startsAt: THU_1000, screening: coughing });
    // The loser of a race that has already been run: nobody is free then; its 409 is remembered.
    answers.loser = await book(p3, { procedureSlug: "recorded-consult", startsAt: THU_1000, practitionerId: drA.id, screening: well }, { "Idempotency-Key": "k-3" });
    // Three at once for one practitioner's time: one wins.
    const race = await Promise.all(
      [p4, p5, p6].map((p) => book(p, { procedureSlug: "recorded-consult", startsAt: THU_1100, practitionerId: drA.id, screening: well })),
    );
    answers.raceStatuses = race.map((r) => r.status).sort();
    // Offered by availability, refused by the claim (a leftover claim holds a cell).
    answers.claimConflict = await book(p7, { procedureSlug: "recorded-consult", startsAt: THU_1400, practitionerId: drA.id, screening: well });
    // A procedure without screening, no answers.
    answers.unscreened = await book(p7, { procedureSlug: "recorded-infusion", startsAt: FRI_1000 });
    // Refusals that write nothing (or only the remembered answer).
    answers.noAnswers = await book(p3, { procedureSlug: "recorded-consult", startsAt: FRI_1000 });
    answers.badAnswers = await book(p3, { procedureSlug: "recorded-consult", startsAt: FRI_1000, screening: { ...well, declaration: false } }, { "Idempotency-Key": "k-4" });
    answers.alreadyBooked = await book(p1, { procedureSlug: "recorded-infusion", startsAt: THU_0930 });
    answers.unknownProcedure = await book(p1, { procedureSlug: "no-such-procedure", startsAt: FRI_1000 });
    answers.past = await book(p1, { procedureSlug: "recorded-consult", startsAt: "2026-11-30T21:00:00.000Z", screening: well });
    // A move of the clear booking to the next day (A is busy then, so B), and
    // of the flagged one to before the date its answers suggest (refused).
    const idOf = (answer: unknown) => (answer as { body: { booking: { id: string } } }).body.booking.id;
    // Dr A is busy then, so the move names Dr B: a move never changes the practitioner unasked.
    answers.moved = await move(p1, idOf(answers.clear), FRI_1100, drB.id);
    answers.movedTooSoon = await move(p2, idOf(answers.flagged), FRI_1100);

    expect(answers.raceStatuses).toEqual([201, 409, 409]);
    const recorded = await recordedRows(answers);
    await expect(JSON.stringify(recorded, null, 2) + "\n").toMatchFileSnapshot("./booking-rows-recorded.json");
  });
});

/** Every row the booking path writes, ordered and labelled so two runs compare equal. */
async function recordedRows(answers: Record<string, unknown>) {
  const [bookings, claims, changes, screenings, audits, emails, idempotency] = await Promise.all([
    db.booking.findMany(),
    db.slotClaim.findMany(),
    db.bookingChange.findMany(),
    db.screeningResponse.findMany(),
    db.auditEvent.findMany(),
    db.outboxEmail.findMany(),
    db.idempotencyRecord.findMany(),
  ]);
  const labels = new Map<string, string>();
  const label = (value: string, as: string) => {
    if (!labels.has(value)) labels.set(value, as);
  };
  patients.forEach((p, i) => {
    label(p.id, `patient-${i + 1}`);
    label(p.email, `patient-${i + 1}@email`);
  });
  label(drA.id, "practitioner-A");
  label(drB.id, "practitioner-B");
  label(procedureIds[0]!, "procedure-consult");
  label(procedureIds[1]!, "procedure-infusion");
  const name = (id: string) => labels.get(id) ?? id;
  // The race's winner is whichever got there first: the patients 4–6 are one label.
  const raceLabel = (id: string) => (["patient-4", "patient-5", "patient-6"].includes(name(id)) ? "race-winner" : name(id));
  const byKey = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

  const sortedBookings = byKey(bookings, (b) => `${b.startsAt.toISOString()}|${name(b.practitionerId)}|${b.status}`);
  sortedBookings.forEach((b, i) => {
    label(b.id, `booking-${i + 1}`);
    label(b.reference, `CB-REF${i + 1}`);
    if (raceLabel(b.patientId) === "race-winner") {
      const winner = patients.find((p) => p.id === b.patientId)!;
      labels.set(winner.id, "race-winner");
      labels.set(winner.email, "race-winner@email");
    }
  });
  const sortedScreenings = byKey(screenings, (s) => `${name(s.bookingId)}|${s.submittedAt.toISOString()}|${s.kind}|${s.assessedForStart?.toISOString()}`);
  sortedScreenings.forEach((s, i) => label(s.id, `screening-${i + 1}`));
  const sortedChanges = byKey(changes, (c) => `${name(c.bookingId)}|${c.createdAt.toISOString()}|${c.toStart?.toISOString()}|${c.reason}`);
  sortedChanges.forEach((c, i) => label(c.id, `change-${i + 1}`));
  const sortedAudits = byKey(audits, (a) => `${name(a.entityId)}|${a.createdAt.toISOString()}|${a.action}`);
  sortedAudits.forEach((a, i) => label(a.id, `audit-${i + 1}`));
  const sortedEmails = byKey(emails, (e) => `${name(e.bookingId ?? "")}|${e.createdAt.toISOString()}|${e.kind}`);
  sortedEmails.forEach((e, i) => label(e.id, `email-${i + 1}`));
  const sortedIdempotency = byKey(idempotency, (r) => `${name(r.userId)}|${r.key}`);
  // The request hash covers the practitioner's id: equal bodies, equal labels.
  sortedIdempotency.forEach((r, i) => label(r.requestHash, `request-hash-${i + 1}`));

  const rows = {
    answers,
    bookings: sortedBookings,
    claims: byKey(claims, (c) => `${name(c.practitionerId)}|${c.cellStart.toISOString()}`),
    changes: sortedChanges,
    screenings: sortedScreenings,
    audits: sortedAudits,
    emails: sortedEmails,
    idempotency: sortedIdempotency,
  };
  // Replace every random value wherever it appears: in columns, JSON details,
  // email text, calendar files and stored answers. Longest first, so no label
  // is written into the middle of a longer value.
  let text = JSON.stringify(rows);
  for (const [value, as] of [...labels].sort(([a], [b]) => b.length - a.length)) text = text.split(value).join(as);
  return JSON.parse(text) as unknown;
}
