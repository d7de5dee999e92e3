import { describe, expect, it } from "vitest";
import type { ScreeningAnswers } from "./answers-schema";
import { POSTPONE_ADVICE } from "@/lib/messages/domain-messages";
import { CLEAR_AFTER_DAYS, assessScreening, type ScreeningAssessment } from "./assess-screening";
import { AUCKLAND, at, wellAnswers } from "./test-fixtures";

// Today in the clinic is Sunday 15 June 2025 (NZST, UTC+12).
const now = at("2025-06-15", "10:00");
const procedureToday = at("2025-06-15", "15:00");

function assess(answers: Partial<ScreeningAnswers>, procedureStartsAt = procedureToday): ScreeningAssessment {
  return assessScreening(wellAnswers(answers), { now, procedureStartsAt, timeZone: AUCKLAND });
}

const codesOf = (assessment: ScreeningAssessment) => assessment.reasons.map((reason) => reason.code);

describe("a well patient", () => {
  it("is clear with no reasons and no suggested date", () => {
    expect(assess({})).toEqual({ outcome: "CLEAR", reasons: [] });
  });

  it("is clear with a normal temperature and harmless notes", () => {
    expect(assess({ temperatureC: 36.8, otherInfo: "My daughter will drive me." })).toEqual({
      outcome: "CLEAR",
      reasons: [],
    });
  });
});

describe("symptoms in question 1", () => {
  it.each([
    ["cough", "a new or worse cough"],
    ["sore_throat", "a sore throat"],
    ["cold", "a runny or blocked nose or sneezing"],
    ["fever", "a fever or chills"],
    ["breathless", "shortness of breath or wheeze"],
    ["smell_taste", "a loss or change of smell or taste"],
    ["aches_tiredness", "flu-like aches or unusual tiredness"],
  ] as const)("%s alone flags and tells the patient it is best to postpone", (code, phrase) => {
    const result = assess({ symptoms: [code] });
    expect(result.outcome).toBe("FLAGGED");
    expect(codesOf(result)).toEqual(["SYMPTOMS"]);
    expect(result.reasons[0]?.message).toContain(phrase);
    expect(result.reasons[0]?.message).toContain("it is best to postpone your procedure");
  });

  it("names all the symptoms in one sentence", () => {
    expect(assess({ symptoms: ["cough", "sore_throat", "fever"] }).reasons[0]?.message).toMatch(
      /^You told us you have, or recently had, a new or worse cough, a sore throat and a fever or chills\./,
    );
  });

  it("suggests a date after symptoms today would leave the 14-day window", () => {
    expect(assess({ symptoms: ["cough"] }).earliestSuggestedDate).toBe("2025-06-30");
  });
});

describe("measured temperature", () => {
  it.each([
    ["37.7 °C is not a fever", 37.7, "CLEAR"],
    ["37.8 °C is a fever", 37.8, "FLAGGED"],
    ["39.4 °C is a fever", 39.4, "FLAGGED"],
    ["a low 35.0 °C is not a fever", 35, "CLEAR"],
  ] as const)("%s", (_name, temperatureC, outcome) => {
    const result = assess({ temperatureC });
    expect(result.outcome).toBe(outcome);
    expect(codesOf(result)).toEqual(outcome === "FLAGGED" ? ["FEVER"] : []);
  });

  it("quotes the reading back to the patient", () => {
    expect(assess({ temperatureC: 38 }).reasons[0]?.message).toMatch(/^Your temperature of 38\.0 °C is a fever/);
  });
});

describe("positive COVID-19 or flu test (counted from today)", () => {
  it.each([
    ["taken today", "2025-06-15", "FLAGGED"],
    ["taken 10 days ago", "2025-06-05", "FLAGGED"],
    ["taken 11 days ago", "2025-06-04", "CLEAR"],
  ] as const)("%s → %s", (_name, positiveTestDate, outcome) => {
    const result = assess({ positiveTest: "yes", positiveTestDate });
    expect(result.outcome).toBe(outcome);
    expect(codesOf(result)).toEqual(outcome === "FLAGGED" ? ["POSITIVE_TEST"] : []);
  });

  it("flags however far away the procedure is", () => {
    expect(assess({ positiveTest: "yes", positiveTestDate: "2025-06-14" }, at("2025-09-01", "09:00")).outcome).toBe(
      "FLAGGED",
    );
  });

  it("suggests the day after the 10-day window", () => {
    const result = assess({ positiveTest: "yes", positiveTestDate: "2025-06-05" });
    expect(result.earliestSuggestedDate).toBe("2025-06-16");
    expect(result.reasons[0]?.message).toContain("5 June 2025");
  });
});

describe("close or household contact (counted from today)", () => {
  it.each([
    ["contact today", "2025-06-15", "FLAGGED"],
    ["last contact 14 days ago", "2025-06-01", "FLAGGED"],
    ["last contact 15 days ago", "2025-05-31", "CLEAR"],
  ] as const)("%s → %s", (_name, closeContactDate, outcome) => {
    const result = assess({ closeContact: "yes", closeContactDate });
    expect(result.outcome).toBe(outcome);
    expect(codesOf(result)).toEqual(outcome === "FLAGGED" ? ["CLOSE_CONTACT"] : []);
  });

  it("advises a rapid test and suggests the day after the 14-day window", () => {
    const result = assess({ closeContact: "yes", closeContactDate: "2025-06-10" });
    expect(result.reasons[0]?.message).toContain("rapid antigen test");
    expect(result.earliestSuggestedDate).toBe("2025-06-25");
  });
});

describe("a resolved cold, chest infection or flu (counted to the procedure day)", () => {
  const illness = (kind: "cold" | "chest_infection" | "flu", endedOn: string): Partial<ScreeningAnswers> => ({
    recentIllness: "yes",
    recentIllnessKind: kind,
    recentIllnessEndedOn: endedOn,
  });

  it.each([
    ["cold ended 14 days before a procedure today", "cold", "2025-06-01", procedureToday, "FLAGGED"],
    ["cold ended 15 days before a procedure today", "cold", "2025-05-31", procedureToday, "CLEAR"],
    ["chest infection ended 14 days before a procedure today", "chest_infection", "2025-06-01", procedureToday, "FLAGGED"],
    ["flu ended 15 days before a procedure today", "flu", "2025-05-31", procedureToday, "CLEAR"],
    ["cold ended today, procedure in 14 days", "cold", "2025-06-15", at("2025-06-29", "09:00"), "FLAGGED"],
    ["cold ended yesterday, procedure in 14 days (15 days gap)", "cold", "2025-06-14", at("2025-06-29", "09:00"), "CLEAR"],
    ["flu ended yesterday, procedure in 3 months", "flu", "2025-06-14", at("2025-09-15", "09:00"), "CLEAR"],
    ["cold ended 5 days ago, procedure in 3 days", "cold", "2025-06-10", at("2025-06-18", "09:00"), "FLAGGED"],
  ] as const)("%s → %s", (_name, kind, endedOn, procedureStartsAt, outcome) => {
    const result = assess(illness(kind, endedOn), procedureStartsAt);
    expect(result.outcome).toBe(outcome);
    expect(codesOf(result)).toEqual(outcome === "FLAGGED" ? ["RECENT_RESPIRATORY_ILLNESS"] : []);
  });

  it("suggests a date more than two weeks after recovery, and that date is then clear", () => {
    const answers = illness("chest_infection", "2025-06-10");
    const flagged = assess(answers);
    expect(flagged.earliestSuggestedDate).toBe("2025-06-25");
    expect(flagged.reasons[0]?.message).toContain("The earliest date we suggest is 25 June 2025");
    expect(assess(answers, at("2025-06-25", "09:00")).outcome).toBe("CLEAR");
    expect(assess(answers, at("2025-06-24", "16:00")).outcome).toBe("FLAGGED");
  });
});

describe("a resolved COVID-19 (ANZCA PG68(A): 7 weeks, counted to the procedure day)", () => {
  const covid = (endedOn: string): Partial<ScreeningAnswers> => ({
    recentIllness: "yes",
    recentIllnessKind: "covid",
    recentIllnessEndedOn: endedOn,
  });

  it.each([
    ["just under 7 weeks (48 days) before a procedure today", "2025-04-28", procedureToday, "FLAGGED"],
    ["exactly 7 weeks (49 days) before a procedure today", "2025-04-27", procedureToday, "CLEAR"],
    ["just over 7 weeks (50 days) before a procedure today", "2025-04-26", procedureToday, "CLEAR"],
    ["ended 2 weeks ago, procedure in 34 days (48 days gap)", "2025-06-01", at("2025-07-19", "09:00"), "FLAGGED"],
    ["ended 2 weeks ago, procedure in 36 days (50 days gap)", "2025-06-01", at("2025-07-21", "09:00"), "CLEAR"],
    ["ended 20 days ago, a cold would be fine but COVID-19 is not", "2025-05-26", procedureToday, "FLAGGED"],
  ] as const)("%s → %s", (_name, endedOn, procedureStartsAt, outcome) => {
    const result = assess(covid(endedOn), procedureStartsAt);
    expect(result.outcome).toBe(outcome);
    expect(codesOf(result)).toEqual(outcome === "FLAGGED" ? ["RECENT_COVID"] : []);
  });

  it("suggests the 7-week mark, cites the guidance, and that date is then clear", () => {
    const answers = covid("2025-06-01");
    const flagged = assess(answers);
    expect(flagged.earliestSuggestedDate).toBe("2025-07-20");
    expect(flagged.reasons[0]?.message).toContain("ANZCA");
    expect(assess(answers, at("2025-07-20", "09:00")).outcome).toBe("CLEAR");
  });

  it("counts 7 weeks across the end of daylight saving (6 April 2025)", () => {
    expect(assess(covid("2025-03-01"), at("2025-04-18", "09:00")).outcome).toBe("FLAGGED");
    expect(assess(covid("2025-03-01"), at("2025-04-19", "09:00")).outcome).toBe("CLEAR");
    expect(assess(covid("2025-03-01"), at("2025-04-18", "09:00")).earliestSuggestedDate).toBe("2025-04-19");
  });
});

describe("free text", () => {
  it("flags a mention of respiratory illness for review, quoting the words, with no suggested date", () => {
    const result = assess({ otherInfo: "Just a bit of a sniffle, nothing much" });
    expect(result.outcome).toBe("FLAGGED");
    expect(codesOf(result)).toEqual(["FREE_TEXT_RESPIRATORY"]);
    expect(result.reasons[0]?.message).toContain("“sniffle”");
    expect(result).not.toHaveProperty("earliestSuggestedDate");
  });

  it("does not flag unrelated notes", () => {
    expect(assess({ otherInfo: "Allergic to penicillin. I take metformin." }).outcome).toBe("CLEAR");
  });
});

describe("several reasons together", () => {
  it("lists every reason in a fixed order and suggests the latest of their dates", () => {
    const result = assess({
      symptoms: ["cough", "fever"],
      temperatureC: 38.4,
      positiveTest: "yes",
      positiveTestDate: "2025-06-13",
      closeContact: "yes",
      closeContactDate: "2025-06-12",
      recentIllness: "yes",
      recentIllnessKind: "covid",
      recentIllnessEndedOn: "2025-05-01",
      otherInfo: "feeling crook",
    });
    expect(result.outcome).toBe("FLAGGED");
    expect(codesOf(result)).toEqual([
      "SYMPTOMS",
      "FEVER",
      "POSITIVE_TEST",
      "CLOSE_CONTACT",
      "RECENT_COVID",
      "FREE_TEXT_RESPIRATORY",
    ]);
    // symptoms → 30 Jun, test → 24 Jun, contact → 27 Jun, COVID → 19 Jun.
    expect(result.earliestSuggestedDate).toBe("2025-06-30");
  });

  it("lets a later COVID-19 date outrank the symptom date", () => {
    const result = assess({
      symptoms: ["breathless"],
      recentIllness: "yes",
      recentIllnessKind: "covid",
      recentIllnessEndedOn: "2025-06-10",
    });
    expect(codesOf(result)).toEqual(["SYMPTOMS", "RECENT_COVID"]);
    expect(result.earliestSuggestedDate).toBe("2025-07-29");
  });

  it("keeps a fever reading and a ticked fever as two reasons", () => {
    expect(codesOf(assess({ symptoms: ["fever"], temperatureC: 37.8 }))).toEqual(["SYMPTOMS", "FEVER"]);
  });

  it("gives every reason a message for the patient", () => {
    const result = assess({ symptoms: ["cold"], closeContact: "yes", closeContactDate: "2025-06-14", otherInfo: "cough" });
    for (const reason of result.reasons) expect(reason.message.length).toBeGreaterThan(40);
  });
});

describe("the clinic's calendar, not UTC", () => {
  // 12:30 UTC on 14 June is already 00:30 on 15 June in Auckland.
  const lateUtcEvening = new Date("2025-06-14T12:30:00Z");
  const testedOn4June = wellAnswers({ positiveTest: "yes", positiveTestDate: "2025-06-04" });

  it("a test 11 Auckland days ago is clear even though it is only 10 UTC days ago", () => {
    expect(assessScreening(testedOn4June, { now: lateUtcEvening, procedureStartsAt: procedureToday, timeZone: AUCKLAND }).outcome).toBe(
      "CLEAR",
    );
  });

  it("the same answers in a clinic on UTC would flag", () => {
    expect(
      assessScreening(testedOn4June, { now: lateUtcEvening, procedureStartsAt: procedureToday, timeZone: "UTC" }).outcome,
    ).toBe("FLAGGED");
  });

  it("takes the procedure's Auckland date (9 am on the 29th is still the 28th in UTC)", () => {
    const coldEnded14June = wellAnswers({ recentIllness: "yes", recentIllnessKind: "cold", recentIllnessEndedOn: "2025-06-14" });
    const procedure = at("2025-06-29", "09:00");
    expect(procedure.toISOString()).toBe("2025-06-28T21:00:00.000Z");
    expect(assessScreening(coldEnded14June, { now, procedureStartsAt: procedure, timeZone: AUCKLAND }).outcome).toBe("CLEAR");
    expect(assessScreening(coldEnded14June, { now, procedureStartsAt: procedure, timeZone: "UTC" }).outcome).toBe(
      "FLAGGED",
    );
  });
});

describe("rule constants", () => {
  it("match the documented windows", () => {
    expect(CLEAR_AFTER_DAYS).toEqual({
      SYMPTOMS: 15,
      POSITIVE_TEST: 11,
      CLOSE_CONTACT: 15,
      RECENT_RESPIRATORY_ILLNESS: 15,
      RECENT_COVID: 49,
    });
  });
});

describe("a reason's own words", () => {
  it("leave out the clinic's closing advice so a list of reasons does not repeat it after each one", () => {
    const result = assess({ symptoms: ["cough"], temperatureC: 38.2 });
    expect(result.reasons.length).toBeGreaterThan(1);
    const shown = result.reasons.map((reason) => reason.detail);
    for (const line of shown) expect(line).not.toContain(POSTPONE_ADVICE);
    expect(shown[0]).toBe("You told us you have, or recently had, a new or worse cough.");
  });

  it("are the whole message of a reason that carries no advice", () => {
    const result = assess({ recentIllness: "yes", recentIllnessKind: "cold", recentIllnessEndedOn: "2025-06-10" });
    expect(result.reasons[0]?.advice).toBeNull();
    expect(result.reasons[0]?.detail).toBe(result.reasons[0]?.message);
  });
});
