import { describe, expect, it } from "vitest";
import {
  DEFAULT_CHECK_IN_OPENS_HOURS,
  checkInOpensHoursFrom,
  checkInState,
  latestCheckIn,
  checkInTiming,
  checkInWindow,
  type CheckInResponse,
} from "./check-in-window";
import { at } from "./test-fixtures";

// A procedure at 10:00 on Thursday 19 June 2025, Auckland (NZST, UTC+12).
const startsAt = at("2025-06-19", "10:00");
const booking = { startsAt };
const minutes = (n: number) => n * 60 * 1000;
const hoursBefore = (h: number, plusMinutes = 0) => new Date(startsAt.getTime() - h * 3_600_000 - minutes(plusMinutes));

const checkIn = (outcome: CheckInResponse["outcome"], submittedAt: Date): CheckInResponse => ({
  kind: "PRE_PROCEDURE",
  outcome,
  submittedAt,
});

describe("the check-in window", () => {
  it("opens exactly 72 hours before the start and closes at the start", () => {
    expect(checkInWindow(startsAt)).toEqual({ opensAt: at("2025-06-16", "10:00"), closesAt: startsAt });
  });

  it.each([
    ["72 hours and 1 minute before", hoursBefore(72, 1), "NOT_YET_OPEN"],
    ["exactly 72 hours before", hoursBefore(72), "OPEN"],
    ["48 hours before", hoursBefore(48), "OPEN"],
    ["1 minute before the start", hoursBefore(0, 1), "OPEN"],
    ["at the start", startsAt, "CLOSED"],
    ["after the start", new Date(startsAt.getTime() + minutes(5)), "CLOSED"],
  ] as const)("%s it is %s", (_, now, timing) => {
    expect(checkInTiming(startsAt, now)).toBe(timing);
  });

  it("follows a configured number of hours", () => {
    expect(checkInTiming(startsAt, hoursBefore(24, 1), 24)).toBe("NOT_YET_OPEN");
    expect(checkInTiming(startsAt, hoursBefore(24), 24)).toBe("OPEN");
  });
});

describe("checkInState", () => {
  it("is not yet open 72 hours and 1 minute before, even with answers on file", () => {
    expect(checkInState(booking, [], hoursBefore(72, 1))).toBe("NOT_YET_OPEN");
  });

  it("is due exactly 72 hours before when nothing has been answered", () => {
    expect(checkInState(booking, [], hoursBefore(72))).toBe("DUE");
  });

  it("ignores booking-time answers given before the window opened: too early to count", () => {
    const atBooking: CheckInResponse = { kind: "BOOKING", outcome: "CLEAR", submittedAt: hoursBefore(80) };
    expect(checkInState(booking, [atBooking], hoursBefore(48))).toBe("DUE");
  });

  it("counts the health answers given when booking inside the window, so the patient is not asked twice", () => {
    const atBooking = (outcome: "CLEAR" | "FLAGGED"): CheckInResponse => ({ kind: "BOOKING", outcome, submittedAt: hoursBefore(60) });
    expect(checkInState(booking, [atBooking("CLEAR")], hoursBefore(48))).toBe("CLEAR");
    expect(checkInState(booking, [atBooking("FLAGGED")], hoursBefore(48))).toBe("FLAGGED");
    // A later check-in still wins.
    expect(checkInState(booking, [atBooking("FLAGGED"), checkIn("CLEAR", hoursBefore(50))], hoursBefore(48))).toBe("CLEAR");
  });

  it("is clear or flagged by the check-in answered in the window", () => {
    expect(checkInState(booking, [checkIn("CLEAR", hoursBefore(50))], hoursBefore(48))).toBe("CLEAR");
    expect(checkInState(booking, [checkIn("FLAGGED", hoursBefore(50))], hoursBefore(48))).toBe("FLAGGED");
  });

  it("takes the latest check-in when the patient answered again", () => {
    const responses = [checkIn("FLAGGED", hoursBefore(40)), checkIn("CLEAR", hoursBefore(60))];
    expect(checkInState(booking, responses, hoursBefore(30))).toBe("FLAGGED");
    expect(checkInState(booking, [...responses, checkIn("CLEAR", hoursBefore(35))], hoursBefore(30))).toBe("CLEAR");
  });

  it("does not count a check-in for an earlier date of a booking that was moved later", () => {
    const forOldDate = checkIn("CLEAR", hoursBefore(100));
    expect(checkInState(booking, [forOldDate], hoursBefore(48))).toBe("DUE");
  });

  it("stays due after the start when the patient never checked in, so staff can see it", () => {
    expect(checkInState(booking, [], new Date(startsAt.getTime() + minutes(30)))).toBe("DUE");
  });
});

describe("CHECK_IN_OPENS_HOURS", () => {
  it("defaults to 72 hours when unset or blank", () => {
    expect(checkInOpensHoursFrom({})).toBe(DEFAULT_CHECK_IN_OPENS_HOURS);
    expect(checkInOpensHoursFrom({ CHECK_IN_OPENS_HOURS: "  " })).toBe(72);
  });

  it("reads a whole number of hours", () => {
    expect(checkInOpensHoursFrom({ CHECK_IN_OPENS_HOURS: "48" })).toBe(48);
  });

  it.each(["abc", "0", "1.5", "-3", "1000"])("fails loudly, naming the variable, for %j", (value) => {
    expect(() => checkInOpensHoursFrom({ CHECK_IN_OPENS_HOURS: value })).toThrow(/CHECK_IN_OPENS_HOURS/);
  });
});

describe("latestCheckIn: answers are tied to the start they were assessed for", () => {
  const startsAt = new Date("2026-12-10T21:00:00Z");
  const inWindow = new Date("2026-12-09T21:00:00Z");
  const now = new Date("2026-12-10T00:00:00Z");

  it("does not count answers assessed for another start, even inside this window", () => {
    const response = { kind: "PRE_PROCEDURE" as const, outcome: "CLEAR" as const, submittedAt: inWindow, assessedForStart: new Date("2026-12-11T21:00:00Z") };
    expect(latestCheckIn({ startsAt }, [response], now)).toBeUndefined();
  });

  it("counts a re-assessment for this start by when the patient first answered", () => {
    const early = new Date("2026-12-01T00:00:00Z");
    const reassessed = { kind: "PRE_PROCEDURE" as const, outcome: "FLAGGED" as const, submittedAt: inWindow, assessedForStart: startsAt };
    expect(latestCheckIn({ startsAt }, [{ ...reassessed, answeredAt: early }], now)).toBeUndefined();
    expect(latestCheckIn({ startsAt }, [{ ...reassessed, answeredAt: inWindow }], now)?.outcome).toBe("FLAGGED");
  });
});
