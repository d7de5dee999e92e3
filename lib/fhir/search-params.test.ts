import { describe, expect, it } from "vitest";
import { FhirError } from "./fhir-error";
import { parseSearch } from "./search-params";

const TZ = "Pacific/Auckland";
const parse = (type: Parameters<typeof parseSearch>[0], query: string) => parseSearch(type, new URLSearchParams(query), TZ);
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof FhirError) return { issue: error.issue, expression: error.expression };
    throw error;
  }
  return null;
};

describe("FHIR search parameters", () => {
  it("a clinic day is read in the clinic's zone: ge/lt give that day's midnight to midnight", () => {
    const s = parse("Appointment", "date=ge2026-12-03&date=lt2026-12-04");
    // NZDT is UTC+13 in December.
    expect(s.dates.date).toEqual({ gte: new Date("2026-12-02T11:00:00Z"), lt: new Date("2026-12-03T11:00:00Z") });
  });

  it("a bare date means the whole day, a dateTime with its zone an exact instant", () => {
    expect(parse("Appointment", "date=2026-12-03").dates.date).toEqual({
      gte: new Date("2026-12-02T11:00:00Z"),
      lt: new Date("2026-12-03T11:00:00Z"),
    });
    expect(parse("Appointment", "date=ge2026-12-03T09:00:00%2B13:00").dates.date).toEqual({ gte: new Date("2026-12-02T20:00:00Z") });
  });

  it("an unencoded + before the zone (sent as a space) still reads as the zone", () => {
    expect(parse("Appointment", "date=ge2026-12-03T09:00:00+13:00").dates.date).toEqual({ gte: new Date("2026-12-02T20:00:00Z") });
  });

  it("status and references split on commas; references may carry their type", () => {
    const s = parse("Appointment", "status=booked,pending&patient=Patient/abc&practitioner=def");
    expect(s.values).toEqual({ status: ["booked", "pending"], patient: ["abc"], practitioner: ["def"] });
  });

  it("_count defaults to 20, is capped at 100, and _offset pages", () => {
    expect(parse("Task", "").count).toBe(20);
    expect(parse("Task", "_count=5000").count).toBe(100);
    expect(parse("Task", "_count=5&_offset=10")).toMatchObject({ count: 5, offset: 10 });
  });

  it.each([
    ["an unknown parameter", "Appointment", "colour=blue", "colour"],
    ["a date that is not a date", "Appointment", "date=ge2026-13-45", "date"],
    ["a dateTime without its zone", "Appointment", "date=ge2026-12-03T09:00:00", "date"],
    ["a date at the end of time", "Appointment", "date=9999-12-31", "date"],
    ["a date with a five-digit year", "Appointment", "date=ge275760-01-01", "date"],
    ["a leap second", "Appointment", "date=2026-12-03T23:59:60Z", "date"],
    ["a reference to the wrong type", "Appointment", "patient=Practitioner/x", "patient"],
    ["a negative _count", "Task", "_count=-1", "_count"],
    ["a _count that is not a number", "Task", "_count=ten", "_count"],
    ["a repeated token parameter", "Task", "status=requested&status=completed", "status"],
    ["a malformed id", "Patient", "_id=no spaces", "_id"],
    ["a name every object inherits", "Patient", "constructor=1", "constructor"],
    ["the prototype's own name", "Patient", "__proto__=1", "__proto__"],
  ] as const)("%s is refused as invalid, naming the parameter", (_label, type, query, expression) => {
    expect(refusal(() => parse(type, query))).toEqual({ issue: "invalid", expression });
  });

  it("modifiers are not supported, and say so", () => {
    expect(refusal(() => parse("Patient", "identifier:missing=true"))?.issue).toBe("not-supported");
  });
});
