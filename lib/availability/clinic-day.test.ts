import { describe, expect, it } from "vitest";
import { addClinicDays, clinicDaysBetween, isClinicDate } from "./clinic-date";
import { formatClinicDay } from "./clinic-display";
import { clinicDateOf } from "./clinic-time";

// Once lib/screening's own calendar: screening counts its days with these.

describe("clinic calendar", () => {
  it.each([
    ["late UTC evening is already tomorrow in Auckland (NZST, UTC+12)", "2025-06-14T12:30:00Z", "2025-06-15"],
    ["just before midnight in Auckland is still today", "2025-06-14T11:59:00Z", "2025-06-14"],
    ["summer time in Auckland is UTC+13", "2025-01-14T11:30:00Z", "2025-01-15"],
  ])("%s", (_name, instant, day) => {
    expect(clinicDateOf(new Date(instant), "Pacific/Auckland")).toBe(day);
  });

  it("uses the zone it is given", () => {
    expect(clinicDateOf(new Date("2025-06-14T12:30:00Z"), "UTC")).toBe("2025-06-14");
  });

  it("counts whole days across the end of daylight saving (6 April 2025)", () => {
    expect(clinicDaysBetween("2025-04-05", "2025-04-07")).toBe(2);
    expect(addClinicDays("2025-04-05", 2)).toBe("2025-04-07");
  });

  it("counts backwards as negative", () => {
    expect(clinicDaysBetween("2025-06-15", "2025-06-01")).toBe(-14);
  });

  it.each([
    ["2025-03-14", true],
    ["2024-02-29", true],
    ["2025-02-29", false],
    ["2025-3-4", false],
    ["14/03/2025", false],
    [20250314, false],
  ])("isClinicDate(%j) is %s", (value, expected) => {
    expect(isClinicDate(value)).toBe(expected);
  });

  it("writes days the way people read them", () => {
    expect(formatClinicDay("2025-03-04")).toBe("4 March 2025");
  });
});
