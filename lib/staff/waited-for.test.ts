import { describe, expect, it } from "vitest";
import { flaggedSince, formatWaitedFor } from "./waited-for";

const now = new Date("2026-03-10T00:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("formatWaitedFor", () => {
  it.each([
    ["under a minute", 0, "just now"],
    ["minutes", 12, "12 min"],
    ["whole hours", 120, "2 h"],
    ["hours and minutes", 185, "3 h 5 min"],
    ["one day", 24 * 60, "1 day"],
    ["days and hours", 2 * 24 * 60 + 4 * 60 + 30, "2 days 4 h"],
  ])("%s", (_case, minutes, expected) => {
    expect(formatWaitedFor(ago(minutes), now)).toBe(expected);
  });

  it("never shows a negative wait when clocks disagree", () => {
    expect(formatWaitedFor(new Date(now.getTime() + 60_000), now)).toBe("just now");
  });
});

describe("flaggedSince", () => {
  it("counts from the first flag when booking and check-in both flagged", () => {
    expect(
      flaggedSince(
        [
          { outcome: "FLAGGED", submittedAt: ago(300) },
          { outcome: "FLAGGED", submittedAt: ago(60) },
        ],
        null,
      ),
    ).toEqual(ago(300));
  });

  it("starts again after a clear answer", () => {
    expect(
      flaggedSince(
        [
          { outcome: "FLAGGED", submittedAt: ago(300) },
          { outcome: "CLEAR", submittedAt: ago(200) },
          { outcome: "FLAGGED", submittedAt: ago(60) },
        ],
        null,
      ),
    ).toEqual(ago(60));
  });

  it("ignores flags a staff decision already dealt with", () => {
    expect(
      flaggedSince(
        [
          { outcome: "FLAGGED", submittedAt: ago(300) },
          { outcome: "FLAGGED", submittedAt: ago(30) },
        ],
        ago(100),
      ),
    ).toEqual(ago(30));
  });

  it("is null when nothing flagged the booking", () => {
    expect(flaggedSince([{ outcome: "CLEAR", submittedAt: ago(10) }], null)).toBeNull();
  });
});
