import type { ScreeningAnswers } from "./answers-schema";

/**
 * The answers of a patient who is well and has ticked the declaration: the
 * one clear answer set that tests, fixtures and the benchmark start from.
 */
export function wellAnswers(overrides: Partial<ScreeningAnswers> = {}): ScreeningAnswers {
  return {
    version: 1,
    symptoms: ["none"],
    temperatureC: null,
    positiveTest: "no",
    closeContact: "no",
    recentIllness: "no",
    otherInfo: "",
    declaration: true,
    ...overrides,
  };
}
