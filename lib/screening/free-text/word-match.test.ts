import { describe, expect, it } from "vitest";
import { COMMON_NEAR_WORDS } from "./common-near-words";
import { allowedSlips, misspeltTarget, slipsBetween } from "./word-match";

describe("misspeltTarget", () => {
  it.each([
    ["couhg", "cough"], // two letters swapped: one slip
    ["cuogh", "cough"],
    ["coughign", "coughing"],
    ["sneezng", "sneezing"],
    ["snifles", "sniffles"], // a doubled letter typed once
    ["influensa", "influenza"],
    ["pnuemonia", "pneumonia"],
    ["temprature", "temperature"],
  ])("reads %j as %j", (word, target) => {
    expect(misspeltTarget(word)).toBe(target);
  });

  it.each(["couch", "tough", "rough", "never", "fiver", "coffee", "threat", "chill"])(
    "takes the common word %j as written",
    (word) => {
      expect(misspeltTarget(word)).toBeNull();
    },
  );

  it("never stretches short words", () => {
    expect(allowedSlips(3)).toBe(0);
    expect(allowedSlips(4)).toBe(0);
    expect(misspeltTarget("flo")).toBeNull(); // not "flu"
    expect(misspeltTarget("snit")).toBeNull(); // not "snot"
  });

  it("allows one slip in 5–7 letter words and two from 8", () => {
    expect(allowedSlips(5)).toBe(1);
    expect(allowedSlips(7)).toBe(1);
    expect(allowedSlips(8)).toBe(2);
    expect(misspeltTarget("cxugx")).toBeNull(); // two slips from "cough" is too far
  });

  it("counts a swapped pair of letters as one slip", () => {
    expect(slipsBetween("fevre", "fever")).toBe(1);
  });

  it("keeps its common-word list to words that are not symptom words", () => {
    expect(COMMON_NEAR_WORDS.has("couch")).toBe(true);
    expect(COMMON_NEAR_WORDS.has("cough")).toBe(false);
  });
});

describe("common-near-words.ts", () => {
  it("was generated for the current vocabulary (else run `npm run screening:near-words`)", async () => {
    const { targetsFingerprint } = await import("../../../scripts/screening/common-near-words-source");
    const { BUILT_FOR_TARGETS } = await import("./common-near-words");
    expect(BUILT_FOR_TARGETS).toBe(targetsFingerprint());
  });
});
