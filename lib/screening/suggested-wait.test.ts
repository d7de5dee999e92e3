import { describe, expect, it } from "vitest";
import { startsBeforeSuggestedDate, suggestedWaitUntil } from "./suggested-wait";

const zone = "Pacific/Auckland";

describe("suggestedWaitUntil", () => {
  it.each([
    ["a flagged booking whose answers suggest a date waits until then", "FLAGGED", "2026-12-10", "2026-12-10"],
    ["a flagged booking with no suggested date does not wait", "FLAGGED", null, null],
    ["a confirmed booking (cleared by staff) does not wait", "CONFIRMED", "2026-12-10", null],
  ] as const)("%s", (_name, status, earliestSuggestedDate, expected) => {
    expect(suggestedWaitUntil({ status }, { earliestSuggestedDate })).toBe(expected);
  });

  it("does not wait without any screening", () => {
    expect(suggestedWaitUntil({ status: "FLAGGED" }, null)).toBeNull();
  });
});

describe("startsBeforeSuggestedDate", () => {
  it.each([
    ["the day before, late in the clinic's evening", "2026-12-09T10:00:00Z", true],
    // 11 pm UTC on the 9th is already 10 December in Auckland (NZDT, UTC+13).
    ["the suggested date itself, though still the day before in UTC", "2026-12-09T20:00:00Z", false],
    ["a later date", "2026-12-11T21:00:00Z", false],
  ])("%s", (_name, startsAt, expected) => {
    expect(startsBeforeSuggestedDate(new Date(startsAt), "2026-12-10", zone)).toBe(expected);
  });
});
