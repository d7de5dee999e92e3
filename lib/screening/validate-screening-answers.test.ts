import { describe, expect, it } from "vitest";
import { validateScreeningAnswers } from "./validate-screening-answers";
import { AUCKLAND, at, wellAnswers } from "./test-fixtures";

const now = at("2025-06-15", "10:00");
const well = wellAnswers();

describe("validateScreeningAnswers", () => {
  it("returns the parsed answers when all is well", () => {
    expect(validateScreeningAnswers({ ...well, otherInfo: " ok " }, { now, timeZone: AUCKLAND })).toEqual({
      ok: true,
      answers: { ...well, otherInfo: "ok" },
    });
  });

  it("returns schema problems as form and field errors", () => {
    expect(validateScreeningAnswers({ ...well, declaration: false }, { now, timeZone: AUCKLAND })).toEqual({
      ok: false,
      formErrors: [],
      fieldErrors: { declaration: ["Please confirm the declaration to continue"] },
    });
  });

  it.each([
    [
      "a positive test dated tomorrow",
      { positiveTest: "yes", positiveTestDate: "2025-06-16" },
      "positiveTestDate",
      "The date of your positive test can’t be in the future",
    ],
    [
      "a close contact dated next month",
      { closeContact: "yes", closeContactDate: "2025-07-01" },
      "closeContactDate",
      "The date you were last in contact can’t be in the future",
    ],
    [
      "an illness that “ended” next week",
      { recentIllness: "yes", recentIllnessKind: "cold", recentIllnessEndedOn: "2025-06-22" },
      "recentIllnessEndedOn",
      "The date your symptoms ended can’t be in the future. If you are still unwell, tick your symptoms in question 1",
    ],
    [
      "a positive test 11 days ago (the question asks about the last 10)",
      { positiveTest: "yes", positiveTestDate: "2025-06-04" },
      "positiveTestDate",
      "That is more than 10 days ago. If your positive test was more than 10 days ago, answer “No”",
    ],
    [
      "a contact 15 days ago (the question asks about the last 14)",
      { closeContact: "yes", closeContactDate: "2025-05-31" },
      "closeContactDate",
      "That is more than 14 days ago. If your last contact was more than 14 days ago, answer “No”",
    ],
    [
      "an illness that ended 50 days ago (the question asks about the last 7 weeks)",
      { recentIllness: "yes", recentIllnessKind: "covid", recentIllnessEndedOn: "2025-04-26" },
      "recentIllnessEndedOn",
      "That is more than 7 weeks ago. If you recovered more than 7 weeks ago, answer “No”",
    ],
    [
      "a typo'd year like 1925",
      { recentIllness: "yes", recentIllnessKind: "flu", recentIllnessEndedOn: "1925-06-01" },
      "recentIllnessEndedOn",
      "That is more than 7 weeks ago. If you recovered more than 7 weeks ago, answer “No”",
    ],
  ])("refuses %s", (_name, overrides, field, message) => {
    expect(validateScreeningAnswers({ ...well, ...overrides }, { now, timeZone: AUCKLAND })).toEqual({
      ok: false,
      formErrors: [],
      fieldErrors: { [field]: [message] },
    });
  });

  it.each([
    ["a positive test today", { positiveTest: "yes", positiveTestDate: "2025-06-15" }],
    ["a positive test exactly 10 days ago", { positiveTest: "yes", positiveTestDate: "2025-06-05" }],
    ["a contact exactly 14 days ago", { closeContact: "yes", closeContactDate: "2025-06-01" }],
    ["an illness that ended exactly 7 weeks ago", { recentIllness: "yes", recentIllnessKind: "cold", recentIllnessEndedOn: "2025-04-27" }],
  ])("accepts %s", (_name, overrides) => {
    expect(validateScreeningAnswers({ ...well, ...overrides }, { now, timeZone: AUCKLAND }).ok).toBe(true);
  });

  it("reports a future date together with other problems", () => {
    const result = validateScreeningAnswers(
      { ...well, declaration: false, closeContact: "yes", closeContactDate: "2030-01-01" },
      { now, timeZone: AUCKLAND },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["closeContactDate", "declaration"]);
  });

  it("ignores a future date in a follow-up the patient answered “no” to (it was hidden)", () => {
    expect(
      validateScreeningAnswers({ ...well, positiveTest: "no", positiveTestDate: "2030-01-01" }, { now, timeZone: AUCKLAND }),
    ).toEqual({ ok: true, answers: well });
  });

  describe("uses the clinic's today, not the server's", () => {
    // 12:30 UTC on 14 June is 00:30 on 15 June in Auckland.
    const lateUtcEvening = new Date("2025-06-14T12:30:00Z");
    const testedOnTheAucklandToday = { ...well, positiveTest: "yes", positiveTestDate: "2025-06-15" } as const;

    it("accepts a test dated today in Auckland even though UTC is still on yesterday", () => {
      expect(validateScreeningAnswers(testedOnTheAucklandToday, { now: lateUtcEvening, timeZone: AUCKLAND }).ok).toBe(true);
    });

    it("would call the same date “future” in a clinic on UTC", () => {
      expect(validateScreeningAnswers(testedOnTheAucklandToday, { now: lateUtcEvening, timeZone: "UTC" }).ok).toBe(false);
    });
  });

  it("answers a missing body with a form-level message", () => {
    expect(validateScreeningAnswers(null, { now, timeZone: AUCKLAND })).toEqual({
      ok: false,
      formErrors: ["Please answer the health questions and try again"],
      fieldErrors: {},
    });
  });
});
