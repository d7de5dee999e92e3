import { describe, expect, it } from "vitest";
import * as z from "zod";
import { screeningAnswersSchema } from "./answers-schema";
import { wellAnswers } from "./test-fixtures";

function fieldErrorsFor(input: unknown) {
  const result = screeningAnswersSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

const well = wellAnswers();

describe("screeningAnswersSchema accepts", () => {
  it.each([
    ["a well patient who ticked “None of these”", well],
    ["symptoms without “None of these”", { ...well, symptoms: ["cough", "sore_throat"] }],
    ["a temperature at the bottom of the range", { ...well, temperatureC: 34 }],
    ["a temperature at the top of the range", { ...well, temperatureC: 43 }],
    ["no temperature (not measured)", { ...well, temperatureC: undefined }],
    ["a positive test with its date", { ...well, positiveTest: "yes", positiveTestDate: "2025-06-10" }],
    ["a close contact with its date", { ...well, closeContact: "yes", closeContactDate: "2025-06-10" }],
    [
      "a recent illness with which and when",
      { ...well, recentIllness: "yes", recentIllnessKind: "chest_infection", recentIllnessEndedOn: "2025-06-01" },
    ],
    ["free text of exactly 1000 characters", { ...well, otherInfo: "a".repeat(1000) }],
    ["no free text at all", { ...well, otherInfo: undefined }],
  ])("%s", (_name, input) => {
    expect(screeningAnswersSchema.safeParse(input).success).toBe(true);
  });
});

describe("screeningAnswersSchema tells the patient what to fix", () => {
  it.each([
    [
      "“None of these” ticked together with a symptom",
      { ...well, symptoms: ["none", "cough"] },
      "symptoms",
      "Choose “None of these” only if you have none of the symptoms",
    ],
    ["no symptom box ticked at all", { ...well, symptoms: [] }, "symptoms", "Tick any symptoms you have, or tick “None of these”"],
    ["symptoms missing", { ...well, symptoms: undefined }, "symptoms", "Tick any symptoms you have, or tick “None of these”"],
    ["a symptom that is not on the list", { ...well, symptoms: ["headache"] }, "symptoms", "Choose from the symptoms listed"],
    [
      "a temperature of 33.9",
      { ...well, temperatureC: 33.9 },
      "temperatureC",
      "Enter your temperature in °C, between 34.0 and 43.0 (for example 36.8)",
    ],
    [
      "a temperature in Fahrenheit (99.5)",
      { ...well, temperatureC: 99.5 },
      "temperatureC",
      "Enter your temperature in °C, between 34.0 and 43.0 (for example 36.8)",
    ],
    ["a temperature that is not a number", { ...well, temperatureC: "hot" }, "temperatureC", "Enter your temperature as a number, for example 36.8"],
    [
      "a positive test with no date",
      { ...well, positiveTest: "yes" },
      "positiveTestDate",
      "Enter the date of your positive test",
    ],
    [
      "a positive test dated 30 February",
      { ...well, positiveTest: "yes", positiveTestDate: "2025-02-30" },
      "positiveTestDate",
      "Date of the test must be a real date",
    ],
    [
      "a close contact with no date",
      { ...well, closeContact: "yes" },
      "closeContactDate",
      "Enter the date you were last in contact",
    ],
    [
      "a recent illness without saying which",
      { ...well, recentIllness: "yes", recentIllnessEndedOn: "2025-06-01" },
      "recentIllnessKind",
      "Choose which illness you had",
    ],
    [
      "a recent illness without the date it ended",
      { ...well, recentIllness: "yes", recentIllnessKind: "flu" },
      "recentIllnessEndedOn",
      "Enter the date your symptoms ended",
    ],
    [
      "a recent illness that is not one we ask about",
      { ...well, recentIllness: "yes", recentIllnessKind: "measles", recentIllnessEndedOn: "2025-06-01" },
      "recentIllnessKind",
      "Choose which illness you had",
    ],
    [
      "the positive-test question left unanswered",
      { ...well, positiveTest: undefined },
      "positiveTest",
      "Tell us whether you have had a positive COVID-19 or flu test in the last 10 days",
    ],
    ["the declaration unticked", { ...well, declaration: false }, "declaration", "Please confirm the declaration to continue"],
    ["the declaration missing", { ...well, declaration: undefined }, "declaration", "Please confirm the declaration to continue"],
    [
      "free text over 1000 characters",
      { ...well, otherInfo: "a".repeat(1001) },
      "otherInfo",
      "Please keep this to 1000 characters or fewer (it is 1001 now)",
    ],
    [
      "an old form version",
      { ...well, version: 0 },
      "version",
      "This form is out of date. Please reload the page and answer the questions again.",
    ],
  ])("%s", (_name, input, field, message) => {
    expect(fieldErrorsFor(input)).toEqual({ [field]: [message] });
  });

  it("shows every problem at once, including the cross-field ones", () => {
    const errors = fieldErrorsFor({
      ...well,
      symptoms: ["none", "fever"],
      temperatureC: 50,
      positiveTest: "yes",
      closeContact: "yes",
      declaration: false,
    });
    expect(Object.keys(errors).sort()).toEqual(
      ["closeContactDate", "declaration", "positiveTestDate", "symptoms", "temperatureC"].sort(),
    );
  });

  it("answers a request that is not an object with a form-level message", () => {
    const result = screeningAnswersSchema.safeParse("yes");
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(z.flattenError(result.error).formErrors).toEqual(["Please answer the health questions and try again"]);
  });
});

describe("screeningAnswersSchema tidies what it keeps", () => {
  it("trims the free text and keeps blank as empty", () => {
    expect(screeningAnswersSchema.parse({ ...well, otherInfo: "  needs a wheelchair \n" }).otherInfo).toBe("needs a wheelchair");
    expect(screeningAnswersSchema.parse({ ...well, otherInfo: undefined }).otherInfo).toBe("");
  });

  it("counts 1000 characters after trimming", () => {
    expect(screeningAnswersSchema.safeParse({ ...well, otherInfo: ` ${"a".repeat(1000)} ` }).success).toBe(true);
  });

  it("stores “not measured” as null", () => {
    expect(screeningAnswersSchema.parse({ ...well, temperatureC: undefined }).temperatureC).toBeNull();
  });

  it("does not keep or check a date for a question answered “no” (the field was hidden)", () => {
    const parsed = screeningAnswersSchema.parse({
      ...well,
      positiveTest: "no",
      positiveTestDate: "not a date",
      recentIllness: "no",
      recentIllnessKind: "covid",
      recentIllnessEndedOn: "2025-06-01",
    });
    expect(parsed).not.toHaveProperty("positiveTestDate");
    expect(parsed).not.toHaveProperty("recentIllnessKind");
    expect(parsed).not.toHaveProperty("recentIllnessEndedOn");
  });

  it("drops fields that are not questions", () => {
    expect(screeningAnswersSchema.parse({ ...well, nhi: "ZAC5361" })).not.toHaveProperty("nhi");
  });

  it("stores a symptom ticked twice only once", () => {
    expect(screeningAnswersSchema.parse({ ...well, symptoms: ["cough", "cough"] }).symptoms).toEqual(["cough"]);
  });
});
