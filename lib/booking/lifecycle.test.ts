import { describe, expect, it } from "vitest";
import {
  availableChanges,
  BOOKING_STATUSES,
  canReschedule,
  describeStatus,
  holdsTime,
  isFinal,
  transition,
  type ActorKind,
  type BookingStatus,
  type LifecycleActor,
} from "./lifecycle";

const NOW = new Date("2026-12-01T00:00:00Z");
const hoursFromNow = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

// When the move is attempted, relative to the booking's start.
const TIMES = {
  "3 days before": hoursFromNow(72),
  "exactly 24 h before": hoursFromNow(24),
  "23 h before": hoursFromNow(23),
  "after it started": hoursFromNow(-1),
} as const;
type When = keyof typeof TIMES;

const PATIENT_ID = "patient-1";
const ACTORS: Record<ActorKind, LifecycleActor> = {
  PATIENT: { kind: "PATIENT", userId: PATIENT_ID },
  STAFF: { kind: "STAFF", userId: "staff-1" },
  SYSTEM: { kind: "SYSTEM", userId: null },
};

const ALL_TIMES = Object.keys(TIMES) as When[];
const BEFORE_START: When[] = ["3 days before", "exactly 24 h before", "23 h before"];
const PATIENT_NOTICE: When[] = ["3 days before", "exactly 24 h before"];

// The agreed table, written out independently of the implementation:
// [from, to, actor, when it is allowed, releases the slot, patient is emailed].
const ALLOWED: [BookingStatus, BookingStatus, ActorKind, When[], boolean, boolean][] = [
  ["CONFIRMED", "FLAGGED", "SYSTEM", ALL_TIMES, false, true],
  ["FLAGGED", "CONFIRMED", "STAFF", BEFORE_START, false, true],
  // A move to a later date that leaves no reason to flag (re-assessed answers).
  ["FLAGGED", "CONFIRMED", "SYSTEM", BEFORE_START, false, true],
  ["CONFIRMED", "POSTPONED", "STAFF", ALL_TIMES, true, true],
  ["FLAGGED", "POSTPONED", "STAFF", ALL_TIMES, true, true],
  ["CONFIRMED", "CANCELLED", "PATIENT", PATIENT_NOTICE, true, true],
  ["FLAGGED", "CANCELLED", "PATIENT", PATIENT_NOTICE, true, true],
  ["CONFIRMED", "CANCELLED", "STAFF", ALL_TIMES, true, true],
  ["FLAGGED", "CANCELLED", "STAFF", ALL_TIMES, true, true],
  ["CONFIRMED", "COMPLETED", "STAFF", ["after it started"], false, false],
  ["CONFIRMED", "NO_SHOW", "STAFF", ["after it started"], false, false],
  ["FLAGGED", "NO_SHOW", "STAFF", ["after it started"], false, false],
];

const cases = BOOKING_STATUSES.flatMap((from) =>
  BOOKING_STATUSES.flatMap((to) =>
    (Object.keys(ACTORS) as ActorKind[]).flatMap((actor) =>
      ALL_TIMES.map((when) => {
        const rule = ALLOWED.find(([f, t, a]) => f === from && t === to && a === actor);
        const allowed = rule !== undefined && rule[3].includes(when);
        return { from, to, actor, when, allowed, rule };
      }),
    ),
  ),
);

describe("transition: every move, by every kind of actor, at every time", () => {
  const booking = (status: BookingStatus, when: When) => ({ status, startsAt: TIMES[when], patientId: PATIENT_ID });

  it.each(cases.filter((c) => c.allowed))("$actor may move $from → $to $when", ({ from, to, actor, when, rule }) => {
    expect(transition(booking(from, when), to, ACTORS[actor], NOW)).toEqual({
      ok: true,
      releasesSlot: rule![4],
      notifyPatient: rule![5],
    });
  });

  it.each(cases.filter((c) => !c.allowed))(
    "$actor may not move $from → $to $when",
    ({ from, to, actor, when }) => {
      const result = transition(booking(from, when), to, ACTORS[actor], NOW);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
    },
  );

  it("covers the whole table (6 statuses × 6 targets × 3 actors × 4 times)", () => {
    expect(cases).toHaveLength(6 * 6 * 3 * 4);
    expect(cases.filter((c) => c.allowed).length).toBeGreaterThan(20);
  });
});

describe("transition: what a refused person is told", () => {
  const confirmed = { status: "CONFIRMED" as const, startsAt: hoursFromNow(72), patientId: PATIENT_ID };

  it("a patient cannot cancel someone else's booking", () => {
    const other = { kind: "PATIENT" as const, userId: "someone-else" };
    expect(transition(confirmed, "CANCELLED", other, NOW)).toMatchObject({ ok: false, code: "NOT_PERMITTED" });
  });

  it("a patient cancelling within 24 hours is told to phone the clinic", () => {
    const result = transition({ ...confirmed, startsAt: hoursFromNow(23) }, "CANCELLED", ACTORS.PATIENT, NOW);
    expect(result).toMatchObject({ ok: false, code: "TOO_LATE" });
    if (!result.ok) expect(result.message).toMatch(/24 hours.*phone the clinic/);
  });

  it("a final booking says it can no longer be changed", () => {
    const result = transition({ ...confirmed, status: "CANCELLED" }, "CONFIRMED", ACTORS.STAFF, NOW);
    expect(result).toMatchObject({ ok: false, code: "NOT_ALLOWED", message: "This booking is cancelled and can no longer be changed." });
  });

  it("moving to the same status says it is already there", () => {
    const result = transition(confirmed, "CONFIRMED", ACTORS.STAFF, NOW);
    expect(result).toMatchObject({ ok: false, code: "NOT_ALLOWED", message: "This booking is already confirmed." });
  });

  it("completing before the start is too early", () => {
    expect(transition(confirmed, "COMPLETED", ACTORS.STAFF, NOW)).toMatchObject({ ok: false, code: "TOO_EARLY" });
  });

  it("a patient cannot clear their own flag", () => {
    const flagged = { ...confirmed, status: "FLAGGED" as const };
    expect(transition(flagged, "CONFIRMED", ACTORS.PATIENT, NOW)).toMatchObject({ ok: false, code: "NOT_PERMITTED" });
  });
});

describe("canReschedule", () => {
  const at = (status: BookingStatus, h: number) => ({ status, startsAt: hoursFromNow(h), patientId: PATIENT_ID });

  it.each([
    ["patient, confirmed, 3 days ahead", at("CONFIRMED", 72), ACTORS.PATIENT, true],
    ["patient, flagged, exactly 24 h ahead", at("FLAGGED", 24), ACTORS.PATIENT, true],
    ["patient, 23 h ahead", at("CONFIRMED", 23), ACTORS.PATIENT, false],
    ["patient, someone else's booking", at("CONFIRMED", 72), { kind: "PATIENT", userId: "x" }, false],
    ["staff, 2 h ahead", at("CONFIRMED", 2), ACTORS.STAFF, true],
    ["staff, after it started", at("CONFIRMED", -1), ACTORS.STAFF, false],
    ["system", at("CONFIRMED", 72), ACTORS.SYSTEM, false],
    ...(["POSTPONED", "CANCELLED", "COMPLETED", "NO_SHOW"] as const).map(
      (s) => [`patient, ${s.toLowerCase()}`, at(s, 72), ACTORS.PATIENT, false] as const,
    ),
  ] as const)("%s → %s", (_name, booking, actor, ok) => {
    expect(canReschedule(booking, actor as LifecycleActor, NOW).ok).toBe(ok);
  });
});

describe("status facts", () => {
  it("only confirmed and flagged bookings hold the practitioner's time", () => {
    expect(BOOKING_STATUSES.filter(holdsTime)).toEqual(["CONFIRMED", "FLAGGED"]);
  });

  it("postponed, cancelled, completed and no-show are final", () => {
    expect(BOOKING_STATUSES.filter(isFinal)).toEqual(["POSTPONED", "CANCELLED", "COMPLETED", "NO_SHOW"]);
  });

  it("every status has plain words", () => {
    for (const s of BOOKING_STATUSES) expect(describeStatus(s)).toMatch(/^[a-z ]+$/);
  });
});

describe("availableChanges (what the booking page offers)", () => {
  const at = (status: BookingStatus, h: number) => ({ status, startsAt: hoursFromNow(h), patientId: PATIENT_ID });
  it.each([
    ["a confirmed booking 3 days ahead", at("CONFIRMED", 72), { canCancel: true, canReschedule: true, mustPhone: false }],
    ["a confirmed booking 23 h ahead", at("CONFIRMED", 23), { canCancel: false, canReschedule: false, mustPhone: true }],
    ["a cancelled booking", at("CANCELLED", 72), { canCancel: false, canReschedule: false, mustPhone: false }],
    ["a booking that has started", at("CONFIRMED", -2), { canCancel: false, canReschedule: false, mustPhone: false }],
  ] as const)("%s", (_name, booking, expected) => {
    expect(availableChanges(booking, ACTORS.PATIENT, NOW)).toEqual(expected);
  });
});
