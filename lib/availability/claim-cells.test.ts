import { describe, expect, it } from "vitest";
import { claimCellsFor } from "./claim-cells";
import { intervalsOverlap } from "./intervals";
import type { Interval } from "./types";
import { at, span } from "./test-fixtures";

const iso = (cells: Date[]) => cells.map((cell) => cell.toISOString().slice(11, 16));

describe("claimCellsFor", () => {
  it.each([
    { case: "a 60-minute booking with a 15-minute buffer", from: "20:00", to: "21:15", cells: ["20:00", "20:15", "20:30", "20:45", "21:00"] },
    { case: "a 50-minute hold, end ceiled to the grid", from: "20:00", to: "20:50", cells: ["20:00", "20:15", "20:30", "20:45"] },
    { case: "an off-grid start, floored to the grid", from: "20:10", to: "20:30", cells: ["20:00", "20:15"] },
    { case: "a hold shorter than a cell", from: "20:00", to: "20:05", cells: ["20:00"] },
    { case: "a hold crossing midnight UTC", from: "23:45", to: "00:15", cells: ["23:45", "00:00"] },
  ])("claims the right cells for $case", ({ from, to, cells }) => {
    const end = to < from ? `2026-12-08T${to}:00Z` : `2026-12-07T${to}:00Z`;
    expect(iso(claimCellsFor(span(`2026-12-07T${from}:00Z`, end)))).toEqual(cells);
  });

  it("uses the UTC grid straight through NZ spring-forward (02:00 NZST → 03:00 NZDT at 14:00Z)", () => {
    const cells = claimCellsFor(span("2026-09-27T01:45:00+12:00", "2026-09-27T03:15:00+13:00"));
    expect(cells.map((c) => c.toISOString())).toEqual(["2026-09-26T13:45:00.000Z", "2026-09-26T14:00:00.000Z"]);
  });

  it("lets back-to-back bookings (one ending 10:00 with its buffer, one starting 10:00) take disjoint cells", () => {
    const first = claimCellsFor(span("2026-12-07T09:00:00+13:00", "2026-12-07T10:00:00+13:00")).map(Number);
    const second = claimCellsFor(span("2026-12-07T10:00:00+13:00", "2026-12-07T11:00:00+13:00")).map(Number);
    expect(first.filter((cell) => second.includes(cell))).toEqual([]);
  });

  it("makes a ragged end and the next grid start disjoint too (hold to 9:50, next booking 10:00)", () => {
    const first = claimCellsFor(span("2026-12-07T09:00:00+13:00", "2026-12-07T09:50:00+13:00")).map(Number);
    const second = claimCellsFor(span("2026-12-07T10:00:00+13:00", "2026-12-07T10:30:00+13:00")).map(Number);
    expect(first.filter((cell) => second.includes(cell))).toEqual([]);
  });

  it("for grid-aligned starts, two holds overlap exactly when they share a cell (exhaustive over a morning)", () => {
    const base = at("2026-12-06T20:00:00Z").getTime();
    const holds: Interval[] = [];
    for (let start = 0; start <= 180; start += 15) {
      for (let length = 5; length <= 120; length += 5) {
        holds.push({ startsAt: new Date(base + start * 60_000), endsAt: new Date(base + (start + length) * 60_000) });
      }
    }
    const cellSets = holds.map((hold) => new Set(claimCellsFor(hold).map(Number)));
    const label = (hold: Interval) => `${hold.startsAt.toISOString()}–${hold.endsAt.toISOString()}`;
    const mismatches: string[] = [];
    holds.forEach((a, i) =>
      holds.forEach((b, j) => {
        const sharesCell = [...cellSets[i]!].some((cell) => cellSets[j]!.has(cell));
        if (sharesCell !== intervalsOverlap(a, b)) mismatches.push(`${label(a)} vs ${label(b)}`);
      }),
    );
    expect(holds.length ** 2).toBeGreaterThan(50_000);
    expect(mismatches).toEqual([]);
  });

  it("errs towards refusing, never towards double booking, when a start is off the grid", () => {
    const a = span("2026-12-07T09:00:00Z", "2026-12-07T09:20:00Z");
    const b = span("2026-12-07T09:25:00Z", "2026-12-07T09:40:00Z");
    expect(intervalsOverlap(a, b)).toBe(false);
    expect(iso(claimCellsFor(a))).toContain("09:15");
    expect(iso(claimCellsFor(b))).toContain("09:15");
  });

  it("refuses an interval that does not end after it starts", () => {
    expect(() => claimCellsFor(span("2026-12-07T09:00:00Z", "2026-12-07T09:00:00Z"))).toThrow(RangeError);
    expect(() => claimCellsFor({ startsAt: new Date(Number.NaN), endsAt: at("2026-12-07T09:00:00Z") })).toThrow(RangeError);
  });
});
