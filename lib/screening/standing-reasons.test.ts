import { describe, expect, it } from "vitest";
import { dismissalsOf, standingReasons } from "./standing-reasons";

describe("standingReasons", () => {
  it("takes out only the reasons a nurse set aside", () => {
    const reasons = [{ code: "SYMPTOMS" }, { code: "FREE_TEXT_RESPIRATORY" }];
    expect(standingReasons(reasons, ["FREE_TEXT_RESPIRATORY"])).toEqual([{ code: "SYMPTOMS" }]);
    expect(standingReasons(reasons)).toEqual(reasons);
  });
});

describe("dismissalsOf", () => {
  const first = { id: "a", reassessedFromId: null, dismissals: [{ code: "FREE_TEXT_RESPIRATORY" }] };
  const reread = { id: "b", reassessedFromId: "a", dismissals: [] };
  const later = { id: "c", reassessedFromId: null, dismissals: [] };

  it("carries a dismissal on the answers first given to every re-reading of them", () => {
    expect(dismissalsOf(reread, [first, reread, later])).toEqual([{ code: "FREE_TEXT_RESPIRATORY" }]);
    expect(dismissalsOf(first, [first, reread, later])).toEqual([{ code: "FREE_TEXT_RESPIRATORY" }]);
  });

  it("does not carry it to new answers the patient gave later", () => {
    expect(dismissalsOf(later, [first, reread, later])).toEqual([]);
  });
});
