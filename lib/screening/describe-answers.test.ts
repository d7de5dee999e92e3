import { describe, expect, it } from "vitest";
import { describeAnswers } from "./describe-answers";
import { wellAnswers } from "./test-fixtures";

describe("describeAnswers for version 1", () => {
  it("shows a well patient's answers in the questionnaire's words, without hidden follow-ups", () => {
    expect(describeAnswers(wellAnswers(), 1)).toEqual([
      {
        id: "symptoms",
        label: "Do you have any of these symptoms now, or have you had them in the last 14 days?",
        answer: "None of these",
      },
      { id: "temperatureC", label: "If you have measured your temperature, what was it?", answer: "Not measured" },
      {
        id: "positiveTest",
        label: "Have you had a positive COVID-19 or influenza (flu) test in the last 10 days?",
        answer: "No",
      },
      {
        id: "closeContact",
        label:
          "Have you been a close or household contact of someone with COVID-19 or influenza (flu) in the last 14 days?",
        answer: "No",
      },
      {
        id: "recentIllness",
        label: "Have you had a cold, chest infection, flu or COVID-19 that has got better in the last 7 weeks?",
        answer: "No",
      },
      { id: "otherInfo", label: "Is there anything else about your health the team should know?", answer: "Nothing added" },
      {
        id: "declaration",
        label:
          "I confirm that my answers are true, and I will tell the clinic if I get any symptoms before my procedure.",
        answer: "Confirmed",
      },
    ]);
  });

  it("shows every “yes” with its follow-ups, dates written out", () => {
    const described = describeAnswers(
      wellAnswers({
        symptoms: ["cough", "cold"],
        temperatureC: 38,
        positiveTest: "yes",
        positiveTestDate: "2025-06-10",
        closeContact: "yes",
        closeContactDate: "2025-06-09",
        recentIllness: "yes",
        recentIllnessKind: "chest_infection",
        recentIllnessEndedOn: "2025-05-01",
        otherInfo: "Bit chesty",
      }),
      1,
    );
    expect(described.map(({ id, answer }) => [id, answer])).toEqual([
      ["symptoms", "New or worse cough; Runny or blocked nose, sneezing (a cold)"],
      ["temperatureC", "38.0 °C"],
      ["positiveTest", "Yes"],
      ["positiveTestDate", "10 June 2025"],
      ["closeContact", "Yes"],
      ["closeContactDate", "9 June 2025"],
      ["recentIllness", "Yes"],
      ["recentIllnessKind", "A chest infection"],
      ["recentIllnessEndedOn", "1 May 2025"],
      ["otherInfo", "Bit chesty"],
      ["declaration", "Confirmed"],
    ]);
    expect(described.filter(({ id }) => /Date|EndedOn|Kind/.test(id)).map(({ label }) => label)).toEqual([
      "Date of the test",
      "Date you were last in contact",
      "Which illness was it?",
      "Date your symptoms ended",
    ]);
  });

  it("shows odd stored values as they are rather than hiding them from staff", () => {
    const described = describeAnswers(
      { symptoms: ["cough", "headache"], positiveTest: "yes", positiveTestDate: "last Tuesday" },
      1,
    );
    const answerOf = (id: string) => described.find((pair) => pair.id === id)?.answer;
    expect(answerOf("symptoms")).toBe("New or worse cough; headache");
    expect(answerOf("positiveTestDate")).toBe("last Tuesday");
    expect(answerOf("closeContact")).toBe("Not answered");
    expect(answerOf("declaration")).toBe("Not confirmed");
  });

  it("says so when a “yes” is missing its follow-up", () => {
    const described = describeAnswers(wellAnswers({ closeContact: "yes" }), 1);
    expect(described.find((pair) => pair.id === "closeContactDate")?.answer).toBe("Not answered");
  });

  it("refuses a questionnaire version it does not know", () => {
    expect(() => describeAnswers(wellAnswers(), 2)).toThrow(/version: 2/);
  });
});
