import { describe, expect, it } from "vitest";
import { MAX_FALSE_FLAG_RATE, REQUIRED_RECALL, evaluateFreeTextDetector } from "./evaluate";
import { NEGATIVE_PHRASINGS } from "./negative-phrasings";
import { POSITIVE_PHRASINGS } from "./positive-phrasings";

// The thresholds `npm run eval:screening` reports against, held in the suite:
// every note a nurse must read is flagged, and at most 5% of unrelated notes.
describe("free-text detector on the labelled phrasings", () => {
  const result = evaluateFreeTextDetector();

  it("has a set large enough to mean something, each phrasing once", () => {
    expect(POSITIVE_PHRASINGS.length + NEGATIVE_PHRASINGS.length).toBeGreaterThanOrEqual(300);
    const all = [...POSITIVE_PHRASINGS, ...NEGATIVE_PHRASINGS].map((text) => text.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });

  it("misses no note that mentions a respiratory illness", () => {
    expect(result.misses).toEqual([]);
    expect(result.recall).toBeGreaterThanOrEqual(REQUIRED_RECALL);
  });

  it(`flags at most ${MAX_FALSE_FLAG_RATE * 100}% of unrelated notes`, () => {
    expect(result.falseFlagRate, JSON.stringify(result.falseFlags, null, 2)).toBeLessThanOrEqual(MAX_FALSE_FLAG_RATE);
  });

  it("counts a miss and a false flag when the detector gets them wrong", () => {
    const made = evaluateFreeTextDetector(["I have the weird tingles"], ["I have a cough"]);
    expect(made).toMatchObject({ recall: 0, falseFlagRate: 1, misses: ["I have the weird tingles"] });
  });
});
