import { describe, expect, it } from "vitest";
import { blockedTimeline, isFreeFrom } from "./blocked-timeline";

const at = (minute: number) => new Date(Date.UTC(2026, 2, 9, 0, minute));
const span = (from: number, to: number) => ({ startsAt: at(from), endsAt: at(to) });
const ms = (minute: number) => at(minute).getTime();

describe("blockedTimeline", () => {
  it("merges overlapping and touching spans, whatever order they come in", () => {
    const timeline = blockedTimeline([span(120, 180), span(0, 30), span(30, 60), span(150, 200), span(300, 310)]);
    expect(timeline.starts).toEqual([ms(0), ms(120), ms(300)]);
    expect(timeline.ends).toEqual([ms(60), ms(200), ms(310)]);
  });
});

describe("isFreeFrom", () => {
  const free = (blocked: ReturnType<typeof span>[], holds: [number, number][]) => {
    const isFree = isFreeFrom(blockedTimeline(blocked));
    return holds.map(([from, to]) => isFree(ms(from), ms(to)));
  };

  it("allows a hold back to back with a booking on either side, and refuses any overlap", () => {
    expect(free([span(60, 120)], [[0, 60], [30, 90], [60, 120], [90, 150], [120, 180]])).toEqual([true, false, false, false, true]);
  });

  it("refuses a hold that contains a whole booking, and one inside a long leave", () => {
    expect(free([span(60, 70), span(200, 1000)], [[30, 90], [300, 330], [1000, 1030]])).toEqual([false, false, true]);
  });

  it("refuses a hold strictly around an empty row, as the overlap rule does", () => {
    expect(free([span(60, 60)], [[30, 90], [60, 90], [0, 60]])).toEqual([false, true, true]);
  });
});
