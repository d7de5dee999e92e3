import { describe, expect, it } from "vitest";
import { slotWeek } from "./slot-week";

const zone = "Pacific/Auckland";
// Wednesday 25 November 2026, 10:00 in Auckland (NZDT, UTC+13).
const now = new Date("2026-11-24T21:00:00Z");

describe("slotWeek", () => {
  it("opens on the week of the first bookable day, with no way back past this week", () => {
    expect(slotWeek(undefined, now, zone)).toEqual({
      from: "2026-11-23",
      to: "2026-11-29",
      previous: null,
      next: "2026-11-30",
      // Wednesday and the rest of today are inside the 24 hours' notice: not shown.
      shownFrom: "2026-11-26",
      shownTo: "2026-11-29",
    });
  });

  it("opens on the week of the first free time the caller found", () => {
    expect(slotWeek(undefined, now, zone, "2026-12-16")).toMatchObject({ from: "2026-12-14", shownFrom: "2026-12-14", previous: "2026-12-07" });
  });

  it("a requested week wins over the first free time", () => {
    expect(slotWeek("2026-12-01", now, zone, "2026-12-16").from).toBe("2026-11-30");
  });

  it("never offers a way back to a week with no bookable day", () => {
    // Sunday 29 November, 10:00: nothing this week can be booked any more.
    const sunday = new Date("2026-11-28T21:00:00Z");
    expect(slotWeek("2026-11-23", sunday, zone)).toMatchObject({ from: "2026-11-30", previous: null, shownFrom: "2026-11-30" });
  });

  it("opens next week when the first bookable day is after this Sunday", () => {
    // Sunday 29 November, 10:00 in Auckland: tomorrow is Monday.
    const sunday = new Date("2026-11-28T21:00:00Z");
    expect(slotWeek(undefined, sunday, zone).from).toBe("2026-11-30");
  });

  it("shows the Monday-to-Sunday week of a requested date", () => {
    expect(slotWeek("2026-12-10", now, zone)).toMatchObject({ from: "2026-12-07", to: "2026-12-13", previous: "2026-11-30" });
  });

  it("ignores a nonsense date and falls back to the first week", () => {
    expect(slotWeek("2026-13-45", now, zone).from).toBe("2026-11-23");
  });

  it("does not page before this week", () => {
    expect(slotWeek("2020-01-01", now, zone).from).toBe("2026-11-23");
  });

  it("stops at the week holding the last bookable day (90 days ahead)", () => {
    // 90 days after 25 November 2026 is Tuesday 23 February 2027.
    const week = slotWeek("2027-06-01", now, zone);
    expect(week.from).toBe("2027-02-22");
    expect(week.next).toBeNull();
    // Nothing after the last bookable day is shown.
    expect(week.shownTo).toBe("2027-02-23");
  });
});
