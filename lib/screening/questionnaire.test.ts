import { describe, expect, it } from "vitest";
import { SYMPTOM_CODES } from "./answer-codes";
import { QUESTIONNAIRE_VERSION, getQuestionnaire, questionnaireV1 } from "./questionnaire";
import { screeningAnswersSchema } from "./answers-schema";
import { wellAnswers } from "./test-fixtures";

describe("questionnaire version 1", () => {
  it("is the current version", () => {
    expect(QUESTIONNAIRE_VERSION).toBe(1);
    expect(questionnaireV1.version).toBe(1);
  });

  it("asks the seven questions in order", () => {
    expect(questionnaireV1.questions.map((q) => [q.number, q.id, q.kind])).toEqual([
      [1, "symptoms", "multi-choice"],
      [2, "temperatureC", "number"],
      [3, "positiveTest", "yes-no"],
      [4, "closeContact", "yes-no"],
      [5, "recentIllness", "yes-no"],
      [6, "otherInfo", "text"],
      [7, "declaration", "declaration"],
    ]);
  });

  it("offers the symptoms patients see, with “None of these” exclusive", () => {
    const symptoms = questionnaireV1.questions[0];
    expect(symptoms?.kind).toBe("multi-choice");
    if (symptoms?.kind !== "multi-choice") return;
    expect(symptoms.options).toEqual([
      { value: "cough", label: "New or worse cough" },
      { value: "sore_throat", label: "Sore throat" },
      { value: "cold", label: "Runny or blocked nose, sneezing (a cold)" },
      { value: "fever", label: "Fever or chills" },
      { value: "breathless", label: "Shortness of breath or wheeze" },
      { value: "smell_taste", label: "Loss or change of smell or taste" },
      { value: "aches_tiredness", label: "Flu-like muscle aches or unusual tiredness" },
      { value: "none", label: "None of these", exclusive: true },
    ]);
    expect(symptoms.options.map((o) => o.value)).toEqual([...SYMPTOM_CODES]);
  });

  it("limits the temperature to 34.0–43.0 °C and the free text to 1000 characters", () => {
    const temperature = questionnaireV1.questions.find((q) => q.id === "temperatureC");
    const other = questionnaireV1.questions.find((q) => q.id === "otherInfo");
    expect(temperature).toMatchObject({ min: 34, max: 43, unit: "°C", optional: true });
    expect(other).toMatchObject({ maxLength: 1000, optional: true });
  });

  it("asks for a date (and which illness) only after a “yes”", () => {
    const followUps = questionnaireV1.questions.flatMap((q) =>
      q.kind === "yes-no" ? q.followUps.map((f) => [q.id, f.id, f.kind, f.showWhen]) : [],
    );
    expect(followUps).toEqual([
      ["positiveTest", "positiveTestDate", "date", "yes"],
      ["closeContact", "closeContactDate", "date", "yes"],
      ["recentIllness", "recentIllnessKind", "single-choice", "yes"],
      ["recentIllness", "recentIllnessEndedOn", "date", "yes"],
    ]);
  });

  it("names every field the answer schema keeps, so a form built from it posts valid answers", () => {
    const ids = questionnaireV1.questions.flatMap((q) => [q.id, ...(q.kind === "yes-no" ? q.followUps.map((f) => f.id) : [])]);
    const parsed = screeningAnswersSchema.parse(
      wellAnswers({
        positiveTest: "yes",
        positiveTestDate: "2025-06-10",
        closeContact: "yes",
        closeContactDate: "2025-06-10",
        recentIllness: "yes",
        recentIllnessKind: "cold",
        recentIllnessEndedOn: "2025-06-01",
      }),
    );
    expect(["version", ...ids].sort()).toEqual(Object.keys(parsed).sort());
  });

  it("keeps old versions readable by number", () => {
    expect(getQuestionnaire(1)).toBe(questionnaireV1);
  });

  it("refuses a version it does not know", () => {
    expect(() => getQuestionnaire(99)).toThrow(/Unknown screening questionnaire version: 99/);
  });
});
