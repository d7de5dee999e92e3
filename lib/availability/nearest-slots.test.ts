import { describe, expect, it } from "vitest";
import { nearestSlots } from "./nearest-slots";
import type { Slot } from "./types";

const slot = (iso: string): Slot => ({ startsAt: new Date(iso), endsAt: new Date(new Date(iso).getTime() + 1_800_000), practitioners: [{ id: "p", name: "Dr P" }] });
const starts = (slots: Slot[]) => slots.map((s) => s.startsAt.toISOString());

describe("nearestSlots (offered when the chosen time has gone)", () => {
  const free = [
    slot("2026-12-07T20:00:00.000Z"),
    slot("2026-12-07T21:00:00.000Z"),
    slot("2026-12-08T01:00:00.000Z"),
    slot("2026-12-09T20:00:00.000Z"),
    slot("2026-12-14T20:00:00.000Z"),
  ];

  it("gives the closest times before and after, in time order", () => {
    expect(starts(nearestSlots(free, new Date("2026-12-07T22:00:00.000Z"), 3))).toEqual([
      "2026-12-07T20:00:00.000Z",
      "2026-12-07T21:00:00.000Z",
      "2026-12-08T01:00:00.000Z",
    ]);
  });

  it("never offers the time that has gone itself", () => {
    expect(starts(nearestSlots(free, new Date("2026-12-07T21:00:00.000Z"), 1))).toEqual(["2026-12-07T20:00:00.000Z"]);
  });

  it("gives what there is when there are fewer than asked", () => {
    expect(nearestSlots(free.slice(0, 2), new Date("2026-12-20T00:00:00.000Z"), 6)).toHaveLength(2);
    expect(nearestSlots([], new Date("2026-12-20T00:00:00.000Z"), 6)).toEqual([]);
  });
});
