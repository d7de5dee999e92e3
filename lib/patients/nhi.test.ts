import { describe, expect, it } from "vitest";
import { checkNhi, isValidNhi, normalizeNhi } from "./nhi";

// Z-prefixed NHIs are reserved for testing; none belongs to a real person.
describe("valid NHI numbers", () => {
  it.each([
    ["ZZZ0016", "old"],
    ["ZZZ0024", "old"],
    ["ZAC5361", "old"],
    ["ZBN77VL", "new"],
    ["ZZZ00AC", "new"],
    // Remainder 0 in the new form gives check letter Y, which is valid.
    ["ZZA00PY", "new"],
  ] as const)("%s (%s form) is accepted", (nhi, form) => {
    expect(checkNhi(nhi)).toEqual({ valid: true, nhi, form });
  });

  it("accepts lower case and spaces as people type them, stored upper case", () => {
    expect(checkNhi("zbn77vl")).toEqual({ valid: true, nhi: "ZBN77VL", form: "new" });
    expect(checkNhi(" zac 5361 ")).toEqual({ valid: true, nhi: "ZAC5361", form: "old" });
    expect(normalizeNhi("abc-1234")).toBe("ABC1234");
  });
});

describe("wrong check digit or letter", () => {
  it.each([
    ["ZZZ0017", "old form, last digit off by one"],
    ["ZZZ0044", "old form, wrong check digit"],
    ["ZAC5362", "old form, typo in the check digit"],
    ["DAB8233", "old form whose weighted sum is divisible by 11 (no check digit exists)"],
    ["ZBN77VM", "new form, wrong check letter"],
    ["ZZZ00AA", "new form, wrong check letter"],
    ["ZZZ00AX", "new form, wrong check letter"],
    ["ZAC5631", "two digits swapped"],
  ])("%s is refused (%s)", (nhi) => {
    expect(checkNhi(nhi)).toEqual({ valid: false, reason: "check-digit" });
  });
});

describe("wrong shape", () => {
  it.each([
    ["", "empty"],
    ["ZZZ001", "too short"],
    ["ZZZ00166", "too long"],
    ["ZIZ0016", "contains I"],
    ["ZZO0016", "contains O"],
    ["ZZ10016", "digit where a letter belongs"],
    ["ZZZ0A16", "letter in the old form's digits"],
    ["ZZZ00A1", "digit where the new form's check letter belongs"],
    ["ZZZ00IA", "new form with I"],
    ["ZZZ-0016!", "punctuation"],
  ])("%j is refused (%s)", (nhi) => {
    expect(checkNhi(nhi)).toEqual({ valid: false, reason: "format" });
    expect(isValidNhi(nhi)).toBe(false);
  });
});
