import { describe, expect, it } from "vitest";
import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { clinicDateOf, clinicInstant, clinicInstantNearClockChange, clinicToday, clinicWallTime, isFirstReadingOfClock } from "./clinic-time";
import { addClinicDays } from "./clinic-date";
import { ZONE, at } from "./test-fixtures";

describe("clinicToday", () => {
  it.each([
    { when: "just after midnight in Auckland, still yesterday in UTC", now: "2026-12-06T11:30:00Z", today: "2026-12-07" },
    { when: "just before midnight in Auckland", now: "2026-12-06T10:59:00Z", today: "2026-12-06" },
    { when: "midday in winter (NZST)", now: "2026-06-15T00:00:00Z", today: "2026-06-15" },
    { when: "written with a US offset, same instant", now: "2026-12-06T03:30:00-08:00", today: "2026-12-07" },
  ])("is the Auckland date $when", ({ now, today }) => {
    expect(clinicToday(at(now), ZONE)).toBe(today);
  });
});

describe("clinicInstant: clinic wall-clock to a real instant", () => {
  it.each([
    { case: "summer 9:00 am is NZDT (+13)", date: "2026-12-07", time: "09:00", utc: "2026-12-06T20:00:00.000Z" },
    { case: "winter 9:00 am is NZST (+12)", date: "2026-06-15", time: "09:00", utc: "2026-06-14T21:00:00.000Z" },
    { case: "1:59 am before the spring jump is still NZST", date: "2026-09-27", time: "01:59", utc: "2026-09-26T13:59:00.000Z" },
    { case: "2:00 am on spring day does not exist → 3:00 am NZDT", date: "2026-09-27", time: "02:00", utc: "2026-09-26T14:00:00.000Z" },
    { case: "2:30 am on spring day does not exist → 3:00 am NZDT", date: "2026-09-27", time: "02:30", utc: "2026-09-26T14:00:00.000Z" },
    { case: "2:59 am on spring day does not exist → 3:00 am NZDT", date: "2026-09-27", time: "02:59", utc: "2026-09-26T14:00:00.000Z" },
    { case: "3:00 am on spring day is NZDT", date: "2026-09-27", time: "03:00", utc: "2026-09-26T14:00:00.000Z" },
    { case: "2:30 am on spring day 2027 → 3:00 am NZDT", date: "2027-09-26", time: "02:30", utc: "2027-09-25T14:00:00.000Z" },
    { case: "1:59 am on fall-back day is NZDT", date: "2026-04-05", time: "01:59", utc: "2026-04-04T12:59:00.000Z" },
    { case: "repeated 2:00 am → first pass, NZDT", date: "2026-04-05", time: "02:00", utc: "2026-04-04T13:00:00.000Z" },
    { case: "repeated 2:30 am → first pass, NZDT", date: "2026-04-05", time: "02:30", utc: "2026-04-04T13:30:00.000Z" },
    { case: "3:00 am on fall-back day is NZST", date: "2026-04-05", time: "03:00", utc: "2026-04-04T15:00:00.000Z" },
    { case: "repeated 2:15 am in 2027 → first pass, NZDT", date: "2027-04-04", time: "02:15", utc: "2027-04-03T13:15:00.000Z" },
  ])("$case", ({ date, time, utc }) => {
    expect(clinicInstant(date, time, ZONE).toISOString()).toBe(utc);
  });

  it("returns a plain Date, so results compare and serialise like any other instant", () => {
    const instant = clinicInstant("2026-12-07", "09:00", ZONE);
    expect(instant.constructor).toBe(Date);
    expect(instant).toEqual(at("2026-12-07T09:00:00+13:00"));
  });

  it("applies the same rule in another zone with DST (New York, 2:30 am on 8 March 2026 → 3:00 am EDT)", () => {
    expect(clinicInstant("2026-03-08", "02:30", "America/New_York").toISOString()).toBe("2026-03-08T07:00:00.000Z");
    expect(clinicInstant("2026-11-01", "01:30", "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("finds the exact minute of a clock change that is not on a whole UTC hour (Lord Howe Island, +10:30/+11)", () => {
    // Lord Howe springs forward 02:00 → 02:30 on 4 October 2026; 02:15 does not exist.
    expect(clinicInstant("2026-10-04", "02:15", "Australia/Lord_Howe").toISOString()).toBe("2026-10-03T15:30:00.000Z");
  });

  it.each(["9:00", "24:00", "09:60", "nine"])("refuses the time %s", (time) => {
    expect(() => clinicInstant("2026-12-07", time, ZONE)).toThrow(RangeError);
  });

  it("refuses an impossible date", () => {
    expect(() => clinicInstant("2026-02-30", "09:00", ZONE)).toThrow(RangeError);
  });
});

describe("reading an instant on the clinic clock", () => {
  it("gives the Auckland date and time, not the UTC ones", () => {
    const instant = at("2026-12-06T20:00:00Z");
    expect(clinicDateOf(instant, ZONE)).toBe("2026-12-07");
    expect(clinicWallTime(instant, ZONE)).toBe("09:00");
  });

  it.each([
    { instant: "2026-04-04T13:30:00Z", first: true, why: "2:30 am NZDT, the first pass" },
    { instant: "2026-04-04T14:30:00Z", first: false, why: "2:30 am NZST, the clock repeating itself" },
    { instant: "2026-04-04T15:00:00Z", first: true, why: "3:00 am NZST, after the repeat" },
    { instant: "2026-12-06T20:00:00Z", first: true, why: "an ordinary summer morning" },
  ])("isFirstReadingOfClock is $first for $why", ({ instant, first }) => {
    expect(isFirstReadingOfClock(at(instant), ZONE)).toBe(first);
  });
});

describe("the clinic's date and clock time, read by arithmetic on the zone's offset", () => {
  // date-fns formatting in the zone is the reference the fast path must match.
  const reference = (instant: Date, timeZone: string) => format(instant, "yyyy-MM-dd HH:mm", { in: tz(timeZone) });
  const zones = ["Pacific/Auckland", "Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns", "Europe/London", "UTC", "Australia/Lord_Howe"];

  it("reads as date-fns does every 20 minutes across both 2026 clock changes and a year end", () => {
    const spans = ["2026-04-04T10:00:00Z", "2026-09-26T10:00:00Z", "2026-12-31T08:00:00Z", "2026-03-28T22:00:00Z"];
    for (const timeZone of zones) {
      for (const start of spans) {
        for (let minutes = 0; minutes < 48 * 60; minutes += 20) {
          const instant = new Date(Date.parse(start) + minutes * 60_000);
          expect(`${clinicDateOf(instant, timeZone)} ${clinicWallTime(instant, timeZone)}`).toBe(reference(instant, timeZone));
        }
      }
    }
  });

  it("still reads dates whose zone offset had seconds (local mean time) and refuses an invalid instant", () => {
    const lmt = new Date("1850-06-01T00:00:00Z");
    expect(`${clinicDateOf(lmt, "Pacific/Auckland")} ${clinicWallTime(lmt, "Pacific/Auckland")}`).toBe(reference(lmt, "Pacific/Auckland"));
    expect(() => clinicDateOf(new Date(Number.NaN), "Pacific/Auckland")).toThrow(RangeError);
  });
});

describe("clinicInstant's arithmetic shortcut away from clock changes", () => {
  const zones = ["Pacific/Auckland", "Pacific/Chatham", "Asia/Kathmandu", "America/St_Johns", "Europe/London", "UTC", "Australia/Lord_Howe"];
  // The 2026 clock changes of these zones, with two days either side, and a year end.
  const changeDays = ["2026-03-08", "2026-03-29", "2026-04-05", "2026-09-27", "2026-10-04", "2026-10-25", "2026-11-01", "2026-12-31"];
  const days = changeDays.flatMap((day) => [-2, -1, 0, 1, 2].map((n) => addClinicDays(day, n)));
  const readings = Array.from({ length: 96 }, (_, i) => `${String(Math.floor(i / 4)).padStart(2, "0")}:${String((i % 4) * 15).padStart(2, "0")}`);

  it("gives the general rule's instant for every quarter hour of the days around each clock change", () => {
    for (const timeZone of zones) {
      for (const date of days) {
        for (const time of readings) {
          expect(clinicInstant(date, time, timeZone).toISOString(), `${timeZone} ${date} ${time}`).toBe(
            clinicInstantNearClockChange(date, time, timeZone).toISOString(),
          );
        }
      }
    }
  });

  it("agrees in local mean time and refuses what the general rule refuses", () => {
    expect(clinicInstant("1850-06-01", "09:00", "Pacific/Auckland").toISOString()).toBe(
      clinicInstantNearClockChange("1850-06-01", "09:00", "Pacific/Auckland").toISOString(),
    );
    for (const [date, time] of [["2026-02-30", "09:00"], ["0099-01-01", "09:00"], ["2026-12-07", "9:00"]] as const) {
      expect(() => clinicInstant(date, time, "Pacific/Auckland")).toThrow(RangeError);
      expect(() => clinicInstantNearClockChange(date, time, "Pacific/Auckland")).toThrow(RangeError);
    }
  });
});
