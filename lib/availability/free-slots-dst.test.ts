import { describe, expect, it } from "vitest";
import { computeFreeSlots } from "./free-slots";
import type { PractitionerSchedule } from "./types";
import { ZONE, at, clockTimes, practitioner, startsUtc } from "./test-fixtures";

// New Zealand clocks: spring forward on the last Sunday of September at
// 02:00 NZST → 03:00 NZDT; fall back on the first Sunday of April at
// 03:00 NZDT → 02:00 NZST.
const SPRING_FORWARD = [
  { year: 2026, sunday: "2026-09-27", saturday: "2026-09-26" },
  { year: 2027, sunday: "2027-09-26", saturday: "2027-09-25" },
];
const FALL_BACK = [
  { year: 2026, sunday: "2026-04-05", saturday: "2026-04-04" },
  { year: 2027, sunday: "2027-04-04", saturday: "2027-04-03" },
];
const SUNDAY = 7;
const SATURDAY = 6;
const MONDAY = 1;

function slotsOn(date: string, who: PractitionerSchedule, durationMinutes = 30) {
  return computeFreeSlots({
    procedure: { durationMinutes, bufferMinutes: 0 },
    practitioners: [who],
    from: date,
    to: date,
    timeZone: ZONE,
    now: at(`${date.slice(0, 4)}-01-01T00:00:00Z`),
    horizonDays: 365,
  });
}

const nightShift = (opensAt = "01:00", closesAt = "05:00") =>
  practitioner({ weeklyHours: [{ weekday: SUNDAY, opensAt, closesAt }] });

/** Local "YYYY-MM-DD" for the day before, as UTC calendar text (only used to build expected ISO strings). */
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe.each(SPRING_FORWARD)("spring forward, Sunday $sunday", ({ sunday }) => {
  const utcDay = dayBefore(sunday);

  it("never offers a 2:xx am time that does not exist, and the clock jumps from 1:30 to 3:00", () => {
    const slots = slotsOn(sunday, nightShift());
    expect(clockTimes(slots)).toEqual(["1:00 am", "1:30 am", "3:00 am", "3:30 am", "4:00 am", "4:30 am"]);
    // 01:00–05:00 on the clock is only three real hours today: 13:00Z–16:00Z.
    expect(startsUtc(slots)).toEqual(
      ["13:00", "13:30", "14:00", "14:30", "15:00", "15:30"].map((t) => `${utcDay}T${t}:00.000Z`),
    );
  });

  it("ends a one-hour appointment booked at 1:30 am at 3:30 am on the clock (one real hour later)", () => {
    const [first, second] = slotsOn(sunday, nightShift(), 60);
    expect(second?.startsAt).toEqual(at(`${sunday}T01:30:00+12:00`));
    expect(second?.endsAt).toEqual(at(`${sunday}T03:30:00+13:00`));
    expect(first?.startsAt).toEqual(at(`${sunday}T01:00:00+12:00`));
  });

  it("opens hours that start in the gap (2:30 am) at 3:00 am, the first time that exists", () => {
    const slots = slotsOn(sunday, nightShift("02:30", "05:00"));
    expect(clockTimes(slots)[0]).toBe("3:00 am");
    expect(slots[0]?.startsAt).toEqual(at(`${utcDay}T14:00:00Z`));
  });

  it("offers nothing for hours that both open and close inside the gap", () => {
    expect(slotsOn(sunday, nightShift("02:00", "02:45"))).toEqual([]);
  });

  it("closes hours that end in the gap (2:30 am) when the clocks jump", () => {
    expect(clockTimes(slotsOn(sunday, nightShift("01:00", "02:30")))).toEqual(["1:00 am", "1:30 am"]);
  });
});

describe.each(FALL_BACK)("fall back, Sunday $sunday", ({ sunday }) => {
  const utcDay = dayBefore(sunday);

  it("offers each clock time once, although 2:00–2:59 am happens twice", () => {
    const slots = slotsOn(sunday, nightShift());
    const times = clockTimes(slots);
    expect(times).toEqual(["1:00 am", "1:30 am", "2:00 am", "2:30 am", "3:00 am", "3:30 am", "4:00 am", "4:30 am"]);
    expect(new Set(times).size).toBe(times.length);
  });

  it("keeps the first, daylight-time pass of the repeated hour and skips the second", () => {
    const slots = slotsOn(sunday, nightShift());
    // 01:00 NZDT is 12:00Z; the second 2:00 (NZST, 14:00Z) and 2:30 (14:30Z) are left out.
    expect(startsUtc(slots)).toEqual(
      ["12:00", "12:30", "13:00", "13:30", "15:00", "15:30", "16:00", "16:30"].map((t) => `${utcDay}T${t}:00.000Z`),
    );
    expect(slots[2]?.startsAt).toEqual(at(`${sunday}T02:00:00+13:00`));
  });

  it("still lets a booking run through the repeated hour: 1:30 am for 2 hours ends at 2:30 am NZST", () => {
    const slot = slotsOn(sunday, nightShift(), 120).find((s) => s.startsAt.getTime() === at(`${sunday}T01:30:00+13:00`).getTime());
    expect(slot?.endsAt).toEqual(at(`${sunday}T02:30:00+12:00`));
  });

  it("opens hours that start in the repeated hour at its first occurrence", () => {
    const slots = slotsOn(sunday, nightShift("02:30", "05:00"));
    expect(slots[0]?.startsAt).toEqual(at(`${sunday}T02:30:00+13:00`));
  });

  it("closes hours that end in the repeated hour at its first occurrence", () => {
    const slots = slotsOn(sunday, nightShift("00:00", "02:30"));
    expect(clockTimes(slots).at(-1)).toBe("2:00 am");
    expect(slots.at(-1)?.endsAt).toEqual(at(`${sunday}T02:30:00+13:00`));
  });
});

describe("daytime hours move to the right UTC instants around each change", () => {
  const nineToNoon = practitioner({
    weeklyHours: [SATURDAY, SUNDAY, MONDAY].map((weekday) => ({ weekday, opensAt: "09:00", closesAt: "12:00" })),
  });
  const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

  it.each([
    ...SPRING_FORWARD.flatMap(({ saturday, sunday }) => [
      { when: `Saturday ${saturday}, still NZST`, date: saturday, nineAm: `${dayBefore(saturday)}T21:00:00.000Z` },
      { when: `Sunday ${sunday}, now NZDT`, date: sunday, nineAm: `${dayBefore(sunday)}T20:00:00.000Z` },
      { when: `Monday after ${sunday}, NZDT`, date: nextDay(sunday), nineAm: `${sunday}T20:00:00.000Z` },
    ]),
    ...FALL_BACK.flatMap(({ saturday, sunday }) => [
      { when: `Saturday ${saturday}, still NZDT`, date: saturday, nineAm: `${dayBefore(saturday)}T20:00:00.000Z` },
      { when: `Sunday ${sunday}, now NZST`, date: sunday, nineAm: `${dayBefore(sunday)}T21:00:00.000Z` },
      { when: `Monday after ${sunday}, NZST`, date: nextDay(sunday), nineAm: `${sunday}T21:00:00.000Z` },
    ]),
  ])("9:00 am on $when is $nineAm", ({ date, nineAm }) => {
    const slots = slotsOn(date, nineToNoon);
    expect(startsUtc(slots)[0]).toBe(nineAm);
    expect(clockTimes(slots)).toEqual(["9:00 am", "9:30 am", "10:00 am", "10:30 am", "11:00 am", "11:30 am"]);
  });
});
