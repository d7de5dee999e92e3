import { describe, expect, it } from "vitest";
import { formatClinicDate, formatClinicTime, timeZoneAbbreviation } from "./clinic-display";
import { ZONE, at } from "./test-fixtures";

describe("formatClinicTime", () => {
  it.each([
    { instant: "2026-12-06T20:30:00Z", shown: "9:30 am" },
    { instant: "2026-12-06T23:00:00Z", shown: "12:00 pm" },
    { instant: "2026-12-07T03:05:00Z", shown: "4:05 pm" },
    { instant: "2026-12-07T11:00:00Z", shown: "12:00 am" },
    { instant: "2026-06-14T21:30:00Z", shown: "9:30 am" }, // winter, NZST
  ])("shows $instant as $shown in Auckland", ({ instant, shown }) => {
    expect(formatClinicTime(at(instant), ZONE)).toBe(shown);
  });
});

describe("formatClinicDate", () => {
  it("shows a clinic date string as written, whatever the zone", () => {
    expect(formatClinicDate("2026-12-07", ZONE)).toBe("Monday 7 December 2026");
    expect(formatClinicDate("2026-12-07", "America/Los_Angeles")).toBe("Monday 7 December 2026");
  });

  it("shows an instant on the Auckland calendar: Sunday 20:00Z is already Monday in Auckland", () => {
    expect(formatClinicDate(at("2026-12-06T20:00:00Z"), ZONE)).toBe("Monday 7 December 2026");
  });

  it("accepts an ISO timestamp with an offset, as JSON turns a Date into", () => {
    expect(formatClinicDate("2026-12-06T20:00:00.000Z", ZONE)).toBe("Monday 7 December 2026");
    expect(formatClinicDate("2026-12-07T09:00:00+13:00", ZONE)).toBe("Monday 7 December 2026");
  });

  it.each(["2026-12-07T09:00", "2026-02-30", "next Monday"])("refuses %s rather than guess a zone", (value) => {
    expect(() => formatClinicDate(value, ZONE)).toThrow(RangeError);
  });
});

describe("timeZoneAbbreviation", () => {
  it.each([
    { instant: "2026-12-07T00:00:00Z", name: "NZDT", when: "in summer" },
    { instant: "2026-06-15T00:00:00Z", name: "NZST", when: "in winter" },
    { instant: "2026-09-26T13:59:00Z", name: "NZST", when: "a minute before spring forward" },
    { instant: "2026-09-26T14:00:00Z", name: "NZDT", when: "at spring forward" },
    { instant: "2026-04-04T13:59:00Z", name: "NZDT", when: "a minute before fall back" },
    { instant: "2026-04-04T14:00:00Z", name: "NZST", when: "at fall back" },
  ])("is $name $when", ({ instant, name }) => {
    expect(timeZoneAbbreviation(at(instant), ZONE)).toBe(name);
  });

  it("refuses an unknown zone", () => {
    expect(() => timeZoneAbbreviation(at("2026-12-07T00:00:00Z"), "Mars/Olympus")).toThrow(RangeError);
  });
});
