import { describe, expect, it } from "vitest";
import { parseStoredAnswers, parseStoredReasons } from "./stored-response";

describe("parseStoredReasons", () => {
  it("reads stored reasons and tolerates damaged JSON", () => {
    expect(parseStoredReasons('[{"code":"SYMPTOMS","message":"You told us about a cough."}]')).toEqual([
      { code: "SYMPTOMS", message: "You told us about a cough.", detail: "You told us about a cough." },
    ]);
    expect(parseStoredReasons("not json")).toEqual([]);
    expect(parseStoredReasons('{"code":"X"}')).toEqual([]);
  });

  // The patient's pages once dropped such a reason while the staff queue showed
  // it by its code: a flag must never look reasonless to anyone.
  it("keeps a reason stored without a message, shown by its code, on every page", () => {
    expect(parseStoredReasons('[{"code":"FEVER"}]')).toEqual([{ code: "FEVER", message: "FEVER", detail: "FEVER" }]);
  });

  it("keeps a reason's own words apart from the advice that closes it", () => {
    const stored = JSON.stringify([{ code: "SYMPTOMS", message: "A cough. Postpone.", detail: "A cough.", advice: "POSTPONE" }]);
    expect(parseStoredReasons(stored)).toEqual([{ code: "SYMPTOMS", message: "A cough. Postpone.", detail: "A cough." }]);
  });
});

describe("parseStoredAnswers", () => {
  it("reads an answer set, and anything unreadable as no answers", () => {
    expect(parseStoredAnswers('{"symptoms":["none"]}')).toEqual({ symptoms: ["none"] });
    expect(parseStoredAnswers("not json")).toEqual({});
    expect(parseStoredAnswers(null)).toEqual({});
  });
});
