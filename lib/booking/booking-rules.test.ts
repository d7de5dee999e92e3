import { describe, expect, it } from "vitest";
import { duplicateBooking, missingPrerequisites, type PatientBookingFact, type ProcedureRules } from "./booking-rules";

const NOW = new Date("2026-12-01T00:00:00Z");
const at = (iso: string) => new Date(iso);
const infusion: ProcedureRules = { procedureId: "infusion", maxUpcomingPerPatient: 1, prerequisiteIds: ["consult"] };
const consult: ProcedureRules = { procedureId: "consult", maxUpcomingPerPatient: 1, prerequisiteIds: [] };

let n = 0;
function booking(procedureId: string, status: PatientBookingFact["status"], startsAt: string, minutes = 45): PatientBookingFact {
  const start = at(startsAt);
  return { id: `b${++n}`, reference: `CB-${n}`, procedureId, status, startsAt: start, endsAt: new Date(start.getTime() + minutes * 60_000) };
}

describe("prerequisites", () => {
  const infusionAt = { startsAt: at("2026-12-10T20:00:00Z") };
  it.each([
    ["a brand-new patient is told the consultation comes first", [], ["consult"]],
    ["a completed consultation lets the infusion be booked", [booking("consult", "COMPLETED", "2026-11-01T20:00:00Z")], []],
    ["a consultation booked for an earlier day lets it be booked", [booking("consult", "CONFIRMED", "2026-12-03T20:00:00Z")], []],
    ["a consultation awaiting review counts as booked", [booking("consult", "FLAGGED", "2026-12-03T20:00:00Z")], []],
    ["a consultation after the infusion does not count", [booking("consult", "CONFIRMED", "2026-12-12T20:00:00Z")], ["consult"]],
    ["a consultation still running when the infusion starts does not count", [booking("consult", "CONFIRMED", "2026-12-10T19:30:00Z")], ["consult"]],
    ["a consultation that ends as the infusion starts counts", [booking("consult", "CONFIRMED", "2026-12-10T19:15:00Z")], []],
    ["a cancelled consultation does not count", [booking("consult", "CANCELLED", "2026-12-03T20:00:00Z")], ["consult"]],
    ["a postponed consultation does not count", [booking("consult", "POSTPONED", "2026-12-03T20:00:00Z")], ["consult"]],
    ["a missed consultation does not count", [booking("consult", "NO_SHOW", "2026-11-03T20:00:00Z")], ["consult"]],
    ["another procedure does not count", [booking("joint", "COMPLETED", "2026-11-03T20:00:00Z")], ["consult"]],
  ] as const)("%s", (_name, bookings, missing) => {
    expect(missingPrerequisites(infusion, bookings, infusionAt)).toEqual(missing);
  });

  it("names every missing prerequisite in the procedure's order", () => {
    const rules = { ...infusion, prerequisiteIds: ["consult", "bloods"] };
    expect(missingPrerequisites(rules, [booking("bloods", "COMPLETED", "2026-11-01T20:00:00Z")], infusionAt)).toEqual(["consult"]);
    expect(missingPrerequisites(rules, [], infusionAt)).toEqual(["consult", "bloods"]);
  });

  it("a procedure without prerequisites is never refused for them", () => {
    expect(missingPrerequisites(consult, [], infusionAt)).toEqual([]);
  });

  it("the booking being moved never satisfies its own prerequisite", () => {
    const self = booking("consult", "CONFIRMED", "2026-12-03T20:00:00Z");
    expect(missingPrerequisites({ ...consult, prerequisiteIds: ["consult"] }, [self], { ...infusionAt, bookingId: self.id })).toEqual(["consult"]);
  });
});

describe("duplicates", () => {
  const request = { startsAt: at("2026-12-04T20:00:00Z") };
  it("a second upcoming consultation is refused, shown the first", () => {
    const first = booking("consult", "CONFIRMED", "2026-12-03T20:00:00Z");
    expect(duplicateBooking(consult, [first], request, NOW)).toBe(first);
  });

  it("shows the earliest when there are several", () => {
    const later = booking("consult", "FLAGGED", "2026-12-08T20:00:00Z");
    const earlier = booking("consult", "CONFIRMED", "2026-12-02T20:00:00Z");
    expect(duplicateBooking(consult, [later, earlier], request, NOW)).toBe(earlier);
  });

  it.each([
    ["a past consultation", booking("consult", "CONFIRMED", "2026-11-20T20:00:00Z")],
    ["a completed consultation", booking("consult", "COMPLETED", "2026-11-20T20:00:00Z")],
    ["a cancelled consultation", booking("consult", "CANCELLED", "2026-12-03T20:00:00Z")],
    ["a postponed consultation", booking("consult", "POSTPONED", "2026-12-03T20:00:00Z")],
    ["an upcoming booking of another procedure", booking("joint", "CONFIRMED", "2026-12-03T20:00:00Z")],
  ])("%s does not make a duplicate", (_name, existing) => {
    expect(duplicateBooking(consult, [existing], request, NOW)).toBeNull();
  });

  it("a procedure that allows more is refused only at its limit", () => {
    const rules = { ...consult, maxUpcomingPerPatient: 2 };
    const one = booking("consult", "CONFIRMED", "2026-12-03T20:00:00Z");
    const two = booking("consult", "CONFIRMED", "2026-12-05T20:00:00Z");
    expect(duplicateBooking(rules, [one], request, NOW)).toBeNull();
    expect(duplicateBooking(rules, [one, two], request, NOW)).toBe(one);
  });

  it("moving a booking is never a duplicate", () => {
    const one = booking("consult", "CONFIRMED", "2026-12-03T20:00:00Z");
    const two = booking("consult", "CONFIRMED", "2026-12-05T20:00:00Z");
    expect(duplicateBooking(consult, [one, two], { ...request, bookingId: two.id }, NOW)).toBeNull();
  });
});
