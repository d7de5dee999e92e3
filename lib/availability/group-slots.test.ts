import { describe, expect, it } from "vitest";
import { groupSlotsByClinicDay } from "./group-slots";
import type { Slot } from "./types";
import { ZONE, at } from "./test-fixtures";

const slot = (startsAt: string): Slot => ({
  startsAt: at(startsAt),
  endsAt: new Date(at(startsAt).getTime() + 3_600_000),
  practitioners: [{ id: "aroha", name: "Dr Aroha Ngata" }],
});

describe("groupSlotsByClinicDay", () => {
  it("puts a Monday 8:00 am Auckland slot under Monday, though it is Sunday evening in UTC", () => {
    const days = groupSlotsByClinicDay([slot("2026-12-06T19:00:00Z")], ZONE);
    expect(days.map(({ date, weekdayLabel }) => ({ date, weekdayLabel }))).toEqual([
      { date: "2026-12-07", weekdayLabel: "Monday" },
    ]);
  });

  it("lists days in date order and each day's slots in time order, even from unsorted input", () => {
    const mondayTen = slot("2026-12-07T10:00:00+13:00");
    const mondayNine = slot("2026-12-07T09:00:00+13:00");
    const tuesdayNine = slot("2026-12-08T09:00:00+13:00");
    const days = groupSlotsByClinicDay([tuesdayNine, mondayTen, mondayNine], ZONE);
    expect(days).toEqual([
      { date: "2026-12-07", weekdayLabel: "Monday", slots: [mondayNine, mondayTen] },
      { date: "2026-12-08", weekdayLabel: "Tuesday", slots: [tuesdayNine] },
    ]);
  });

  it("keeps a late-evening slot on its own Auckland day", () => {
    const days = groupSlotsByClinicDay([slot("2026-12-07T23:30:00+13:00"), slot("2026-12-08T00:30:00+13:00")], ZONE);
    expect(days.map((d) => [d.date, d.slots.length])).toEqual([
      ["2026-12-07", 1],
      ["2026-12-08", 1],
    ]);
  });

  it("returns no days for no slots", () => {
    expect(groupSlotsByClinicDay([], ZONE)).toEqual([]);
  });
});
