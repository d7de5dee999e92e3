import { describe, expect, it } from "vitest";
import { addClinicDays, clinicDaysBetween, isClinicDate, isoWeekdayOf, weekRange } from "./clinic-date";

describe("isClinicDate", () => {
  it.each([
    ["2026-12-07", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["2026-02-30", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-2-3", false],
    ["07/12/2026", false],
    ["2026-12-07T00:00", false],
    ["", false],
    [undefined, false],
    [20261207, false],
  ])("%s → %s", (value, expected) => {
    expect(isClinicDate(value)).toBe(expected);
  });
});

describe("addClinicDays", () => {
  it.each([
    { date: "2026-12-07", n: 1, result: "2026-12-08" },
    { date: "2026-12-31", n: 1, result: "2027-01-01" },
    { date: "2028-02-28", n: 1, result: "2028-02-29" },
    { date: "2026-03-01", n: -1, result: "2026-02-28" },
    { date: "2026-09-26", n: 1, result: "2026-09-27" }, // into NZ spring-forward day
    { date: "2026-04-05", n: 1, result: "2026-04-06" }, // out of NZ fall-back day
    { date: "2026-02-01", n: 90, result: "2026-05-02" },
    { date: "2026-12-07", n: 0, result: "2026-12-07" },
  ])("$date + $n days is $result", ({ date, n, result }) => {
    expect(addClinicDays(date, n)).toBe(result);
  });

  it("refuses a malformed date", () => {
    expect(() => addClinicDays("2026-02-30", 1)).toThrow(RangeError);
  });
});

describe("weekRange: the Monday–Sunday week containing a date", () => {
  it.each([
    { date: "2026-12-07", from: "2026-12-07", to: "2026-12-13", day: "a Monday" },
    { date: "2026-12-10", from: "2026-12-07", to: "2026-12-13", day: "a Thursday" },
    { date: "2026-12-13", from: "2026-12-07", to: "2026-12-13", day: "a Sunday (end of its week, not start of the next)" },
    { date: "2027-01-01", from: "2026-12-28", to: "2027-01-03", day: "New Year's Day, across the year end" },
    { date: "2026-09-27", from: "2026-09-21", to: "2026-09-27", day: "NZ spring-forward Sunday" },
  ])("for $day", ({ date, from, to }) => {
    expect(weekRange(date)).toEqual({ from, to });
  });
});

describe("calendar helpers", () => {
  it("numbers weekdays the ISO way, Monday 1 to Sunday 7", () => {
    expect(["2026-12-07", "2026-12-09", "2026-12-13"].map(isoWeekdayOf)).toEqual([1, 3, 7]);
  });

  it("counts days between dates, negative when backwards", () => {
    expect(clinicDaysBetween("2026-12-01", "2026-12-31")).toBe(30);
    expect(clinicDaysBetween("2026-12-31", "2026-12-01")).toBe(-30);
    expect(clinicDaysBetween("2026-04-04", "2026-04-06")).toBe(2);
  });
});
