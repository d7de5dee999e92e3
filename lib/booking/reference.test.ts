import { describe, expect, it } from "vitest";
import { generateReference, REFERENCE_ALPHABET, REFERENCE_PATTERN } from "./reference";

describe("generateReference", () => {
  it("looks like CB-7K3Q9", () => {
    for (let i = 0; i < 200; i++) expect(generateReference()).toMatch(REFERENCE_PATTERN);
  });

  it("never uses characters that are easy to confuse when read aloud or written", () => {
    for (const c of "01OILUV") expect(REFERENCE_ALPHABET).not.toContain(c);
    const seen = new Set(Array.from({ length: 2000 }, () => generateReference()).join(""));
    for (const c of "01OILUV") expect(seen.has(c)).toBe(false);
  });

  it("draws every character from the random source (so it is not guessable)", () => {
    const picks: number[] = [];
    const ref = generateReference((max) => {
      picks.push(max);
      return picks.length - 1;
    });
    expect(picks).toEqual(Array(5).fill(REFERENCE_ALPHABET.length));
    expect(ref).toBe(`CB-${REFERENCE_ALPHABET.slice(0, 5)}`);
  });

  it("rarely repeats itself", () => {
    const refs = new Set(Array.from({ length: 1000 }, () => generateReference()));
    expect(refs.size).toBeGreaterThan(990);
  });
});
