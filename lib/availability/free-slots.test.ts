import { describe, expect, it } from "vitest";
import { computeFreeSlots, type ComputeFreeSlotsInput } from "./free-slots";
import { ZONE, at, clockTimes, everyDay, practitioner, span, startsUtc } from "./test-fixtures";

// Monday 7 December 2026 is in New Zealand daylight time (UTC+13).
const MONDAY = "2026-12-07";
const WELL_BEFORE = at("2026-11-30T00:00:00Z");
const mondayMorning = practitioner({ weeklyHours: [{ weekday: 1, opensAt: "09:00", closesAt: "12:00" }] });

function slotsFor(overrides: Partial<ComputeFreeSlotsInput>) {
  return computeFreeSlots({
    procedure: { durationMinutes: 60, bufferMinutes: 0 },
    practitioners: [mondayMorning],
    from: MONDAY,
    to: MONDAY,
    timeZone: ZONE,
    now: WELL_BEFORE,
    ...overrides,
  });
}

describe("computeFreeSlots: opening hours", () => {
  it("offers Monday 9:00–12:00 as half-hourly NZ-time starts, 9:00 am NZDT being 20:00Z on Sunday", () => {
    const slots = slotsFor({});
    expect(clockTimes(slots)).toEqual(["9:00 am", "9:30 am", "10:00 am", "10:30 am", "11:00 am"]);
    expect(startsUtc(slots)).toEqual([
      "2026-12-06T20:00:00.000Z",
      "2026-12-06T20:30:00.000Z",
      "2026-12-06T21:00:00.000Z",
      "2026-12-06T21:30:00.000Z",
      "2026-12-06T22:00:00.000Z",
    ]);
  });

  it("gives each slot an end of start + duration (the buffer is not shown) and names the practitioner", () => {
    const [first] = slotsFor({ procedure: { durationMinutes: 45, bufferMinutes: 15 } });
    expect(first).toEqual({
      startsAt: at("2026-12-07T09:00:00+13:00"),
      endsAt: at("2026-12-07T09:45:00+13:00"),
      practitioners: [{ id: "aroha", name: "Dr Aroha Ngata" }],
    });
  });

  it("offers nothing on a day the practitioner does not work", () => {
    expect(slotsFor({ from: "2026-12-08", to: "2026-12-13" })).toEqual([]);
  });

  it("uses the winter offset for the same wall-clock hours in June: 9:00 am NZST is 21:00Z", () => {
    const slots = slotsFor({ from: "2026-06-01", to: "2026-06-01", now: at("2026-05-01T00:00:00Z") });
    expect(startsUtc(slots)[0]).toBe("2026-05-31T21:00:00.000Z");
    expect(clockTimes(slots)[0]).toBe("9:00 am");
  });

  it("honours a custom step and a split day (lunch break)", () => {
    const split = practitioner({
      weeklyHours: [
        { weekday: 1, opensAt: "13:00", closesAt: "15:00" },
        { weekday: 1, opensAt: "09:00", closesAt: "10:30" },
      ],
    });
    const slots = slotsFor({ practitioners: [split], stepMinutes: 45 });
    expect(clockTimes(slots)).toEqual(["9:00 am", "1:00 pm", "1:45 pm"]);
  });

  it("offers starts on the 15-minute grid even when the doors open at an odd minute", () => {
    const odd = practitioner({ weeklyHours: [{ weekday: 1, opensAt: "09:10", closesAt: "11:00" }] });
    expect(clockTimes(slotsFor({ practitioners: [odd] }))).toEqual(["9:15 am", "9:45 am"]);
  });

  it("treats closing at 24:00 as midnight at the end of the day", () => {
    const late = practitioner({ weeklyHours: [{ weekday: 1, opensAt: "22:00", closesAt: "24:00" }] });
    expect(clockTimes(slotsFor({ practitioners: [late] }))).toEqual(["10:00 pm", "10:30 pm", "11:00 pm"]);
  });

  it.each([
    { case: "a step that is not a multiple of 15", overrides: { stepMinutes: 20 } },
    { case: "a zero duration", overrides: { procedure: { durationMinutes: 0, bufferMinutes: 0 } } },
    { case: "a negative buffer", overrides: { procedure: { durationMinutes: 30, bufferMinutes: -5 } } },
    { case: "an impossible date", overrides: { to: "2026-02-30" } },
    { case: "an unknown time zone", overrides: { timeZone: "Pacific/Atlantis" } },
    { case: "an invalid now", overrides: { now: new Date(Number.NaN) } },
    {
      case: "hours that close before they open",
      overrides: { practitioners: [practitioner({ weeklyHours: [{ weekday: 1, opensAt: "12:00", closesAt: "09:00" }] })] },
    },
    {
      case: "a weekday of 0",
      overrides: { practitioners: [practitioner({ weeklyHours: [{ weekday: 0, opensAt: "09:00", closesAt: "12:00" }] })] },
    },
  ])("refuses $case loudly rather than showing wrong times", ({ overrides }) => {
    expect(() => slotsFor(overrides as Partial<ComputeFreeSlotsInput>)).toThrow(RangeError);
  });

  it("returns nothing when the range ends before it starts", () => {
    expect(slotsFor({ from: "2026-12-08", to: MONDAY })).toEqual([]);
  });
});

describe("computeFreeSlots: fitting before closing", () => {
  it.each([
    { duration: 60, buffer: 0, last: "11:00 am" },
    { duration: 60, buffer: 15, last: "10:30 am" },
    { duration: 45, buffer: 15, last: "11:00 am" },
    { duration: 50, buffer: 10, last: "11:00 am" },
    { duration: 180, buffer: 0, last: "9:00 am" },
    { duration: 180, buffer: 15, last: undefined },
  ])("a $duration-minute procedure with a $buffer-minute buffer is last offered at $last", ({ duration, buffer, last }) => {
    const slots = slotsFor({ procedure: { durationMinutes: duration, bufferMinutes: buffer } });
    expect(clockTimes(slots).at(-1)).toBe(last);
  });
});

describe("computeFreeSlots: bookings and time off", () => {
  const allDay = practitioner({ weeklyHours: [{ weekday: 1, opensAt: "09:00", closesAt: "17:00" }] });
  // A 12:00 booking of 60 minutes plus its 15-minute buffer holds [12:00, 13:15).
  const withLunchtimeBooking = { ...allDay, busy: [span("2026-12-07T12:00:00+13:00", "2026-12-07T13:15:00+13:00")] };
  const slots = slotsFor({
    practitioners: [withLunchtimeBooking],
    procedure: { durationMinutes: 60, bufferMinutes: 15 },
    stepMinutes: 15,
  });
  const offered = clockTimes(slots);

  it.each(["11:00 am", "11:45 am", "12:00 pm", "12:30 pm", "1:00 pm"])(
    "does not offer %s, whose hold would overlap the booking or its buffer",
    (time) => expect(offered).not.toContain(time),
  );

  it("offers 10:45 am, whose hold ends exactly when the booking starts (back-to-back)", () => {
    expect(offered).toContain("10:45 am");
  });

  it("offers 1:15 pm, starting exactly when the booking's buffer ends (back-to-back)", () => {
    expect(offered).toContain("1:15 pm");
    expect(offered).toContain("3:45 pm");
  });

  it("removes the morning when the practitioner has that time off", () => {
    const morningOff = { ...allDay, timeOff: [span("2026-12-07T09:00:00+13:00", "2026-12-07T12:00:00+13:00")] };
    const times = clockTimes(slotsFor({ practitioners: [morningOff] }));
    expect(times[0]).toBe("12:00 pm");
    expect(times).not.toContain("11:00 am");
  });

  it("removes whole days covered by a week of leave", () => {
    const onLeave = practitioner({
      weeklyHours: everyDay("09:00", "12:00"),
      timeOff: [span("2026-12-07T00:00:00+13:00", "2026-12-14T00:00:00+13:00")],
    });
    const slots = slotsFor({ practitioners: [onLeave], from: "2026-12-06", to: "2026-12-14" });
    const days = new Set(slots.map((slot) => slot.startsAt.toISOString().slice(0, 10)));
    // Sunday 6th (UTC 5th evening) and Monday 14th (UTC 13th evening) only.
    expect([...days]).toEqual(["2026-12-05", "2026-12-13"]);
  });
});

describe("computeFreeSlots: several practitioners", () => {
  const aroha = practitioner({
    weeklyHours: [{ weekday: 1, opensAt: "09:00", closesAt: "12:00" }],
    busy: [span("2026-12-07T10:00:00+13:00", "2026-12-07T11:00:00+13:00")],
  });
  const ben = practitioner({
    id: "ben",
    name: "Ben Walker RN",
    weeklyHours: [{ weekday: 1, opensAt: "10:00", closesAt: "14:00" }],
  });

  it("merges everyone into one list with one entry per start time, naming who is free", () => {
    const slots = slotsFor({ practitioners: [aroha, ben] });
    expect(slots.map((slot) => [formatted(slot.startsAt), slot.practitioners.map((p) => p.id)])).toEqual([
      ["9:00", ["aroha"]],
      ["10:00", ["ben"]],
      ["10:30", ["ben"]],
      ["11:00", ["aroha", "ben"]],
      ["11:30", ["ben"]],
      ["12:00", ["ben"]],
      ["12:30", ["ben"]],
      ["13:00", ["ben"]],
    ]);
  });

  it("lists practitioners in the order given, whatever order the times were found in", () => {
    const [eleven] = slotsFor({ practitioners: [ben, aroha] }).filter((s) => formatted(s.startsAt) === "11:00");
    expect(eleven?.practitioners.map((p) => p.id)).toEqual(["ben", "aroha"]);
  });

  it("names a practitioner once when two of their windows overlap", () => {
    const doubled = practitioner({
      weeklyHours: [
        { weekday: 1, opensAt: "09:00", closesAt: "11:00" },
        { weekday: 1, opensAt: "10:00", closesAt: "12:00" },
      ],
    });
    const ten = slotsFor({ practitioners: [doubled] }).find((s) => formatted(s.startsAt) === "10:00");
    expect(ten?.practitioners).toEqual([{ id: "aroha", name: "Dr Aroha Ngata" }]);
  });

  function formatted(instant: Date) {
    return new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, hour: "numeric", minute: "2-digit" }).format(instant);
  }
});

describe("computeFreeSlots: minimum notice", () => {
  // Tuesday 8 December 2026, 9:00 am NZDT = 2026-12-07T20:00Z.
  const tuesdayNine = "2026-12-07T20:00:00.000Z";
  const weekdays = practitioner({ weeklyHours: everyDay("09:00", "12:00") });
  const firstStart = (now: string, minNoticeHours?: number) =>
    startsUtc(slotsFor({ practitioners: [weekdays], from: "2026-12-07", to: "2026-12-08", now: at(now), minNoticeHours }))[0];

  it.each([
    { notice: "exactly 24 hours", now: "2026-12-06T20:00:00Z", first: tuesdayNine },
    { notice: "24 hours and 1 minute", now: "2026-12-06T19:59:00Z", first: tuesdayNine },
    { notice: "23 hours 59 minutes", now: "2026-12-06T20:01:00Z", first: "2026-12-07T20:30:00.000Z" },
  ])("with $notice before Tuesday 9:00 am the first offer is $first", ({ now, first }) => {
    expect(firstStart(now)).toBe(first);
  });

  it("takes a shorter notice when the clinic sets one (2 hours)", () => {
    // Tuesday 8:00 am NZDT; 10:00 is the first start with 2 hours' notice.
    expect(firstStart("2026-12-07T19:00:00Z", 2)).toBe("2026-12-07T21:00:00.000Z");
  });

  it("never offers a time already past, even with no notice required", () => {
    expect(firstStart("2026-12-07T21:10:00Z", 0)).toBe("2026-12-07T21:30:00.000Z");
  });
});

describe("computeFreeSlots: booking horizon (counted in clinic dates)", () => {
  // Clinic today is Sunday 1 February 2026 (NZDT); day 90 is Saturday 2 May 2026 (NZST).
  const now = at("2026-02-01T08:00:00+13:00");
  const daily = practitioner({ weeklyHours: everyDay("09:00", "17:00") });
  const onDay = (date: string, horizonDays?: number) =>
    slotsFor({ practitioners: [daily], from: date, to: date, now, horizonDays });

  it("offers the whole of day 90, even 4:00 pm, which is more than 90×24 hours away", () => {
    const times = clockTimes(onDay("2026-05-02"));
    expect(times[0]).toBe("9:00 am");
    expect(times.at(-1)).toBe("4:00 pm");
    expect(onDay("2026-05-02").at(-1)!.startsAt.getTime() - now.getTime()).toBeGreaterThan(90 * 24 * 3_600_000);
  });

  it("offers nothing on day 91, not even its first hour", () => {
    expect(onDay("2026-05-03")).toEqual([]);
  });

  it("clips a requested range at the horizon and at today", () => {
    const slots = slotsFor({ practitioners: [daily], from: "2026-01-25", to: "2026-05-30", now, minNoticeHours: 0 });
    expect(clockTimes(slots)[0]).toBe("9:00 am");
    expect(slots[0]!.startsAt).toEqual(at("2026-02-01T09:00:00+13:00"));
    expect(slots.at(-1)!.startsAt).toEqual(at("2026-05-02T16:00:00+12:00"));
  });

  it.each([
    { horizonDays: 7, lastOffered: "2026-02-08", firstRefused: "2026-02-09" },
    { horizonDays: 0, lastOffered: "2026-02-01", firstRefused: "2026-02-02" },
  ])("with a $horizonDays-day horizon offers $lastOffered and not $firstRefused", ({ horizonDays, lastOffered, firstRefused }) => {
    const lastSlots = slotsFor({ practitioners: [daily], from: lastOffered, to: lastOffered, now, horizonDays, minNoticeHours: 0 });
    expect(lastSlots.length).toBeGreaterThan(0);
    expect(onDay(firstRefused, horizonDays)).toEqual([]);
  });
});

describe("computeFreeSlots: one start asked about", () => {
  it("answers for that start exactly as the whole day's answer does, and nothing for a start not offered", () => {
    const busy = practitioner({
      id: "busy",
      name: "Dr Busy",
      weeklyHours: [{ weekday: 1, opensAt: "09:00", closesAt: "12:00" }],
      busy: [span("2026-12-07T10:00:00+13:00", "2026-12-07T10:45:00+13:00")],
    });
    const input = { practitioners: [mondayMorning, busy], procedure: { durationMinutes: 30, bufferMinutes: 15 } };
    const day = slotsFor(input);
    for (let minutes = 8 * 60; minutes <= 13 * 60; minutes += 15) {
      const start = new Date(at("2026-12-07T00:00:00+13:00").getTime() + minutes * 60_000);
      const expected = day.filter((s) => s.startsAt.getTime() === start.getTime());
      expect(slotsFor({ ...input, onlyStart: start })).toEqual(expected);
    }
  });
});
