import { describe, expect, it } from "vitest";
import { screeningAnswersFromFormData } from "./answers-from-form-data";
import { validateScreeningAnswers } from "./validate-screening-answers";
import { AUCKLAND, at, wellAnswers } from "./test-fixtures";

function form(entries: [string, string][]): FormData {
  const fd = new FormData();
  for (const [name, value] of entries) fd.append(name, value);
  return fd;
}

// What a browser posts for a well patient: unticked boxes and hidden
// follow-ups are absent or blank.
const wellForm: [string, string][] = [
  ["version", "1"],
  ["symptoms", "none"],
  ["temperatureC", ""],
  ["positiveTest", "no"],
  ["positiveTestDate", ""],
  ["closeContact", "no"],
  ["closeContactDate", ""],
  ["recentIllness", "no"],
  ["recentIllnessKind", ""],
  ["recentIllnessEndedOn", ""],
  ["otherInfo", ""],
  ["declaration", "on"],
];

const now = at("2025-06-15", "10:00");

describe("screeningAnswersFromFormData", () => {
  it("turns a well patient's form into valid answers", () => {
    expect(validateScreeningAnswers(screeningAnswersFromFormData(form(wellForm)), { now, timeZone: AUCKLAND })).toEqual({
      ok: true,
      answers: wellAnswers(),
    });
  });

  it("collects every ticked symptom box", () => {
    const fd = form([...wellForm.filter(([name]) => name !== "symptoms"), ["symptoms", "cough"], ["symptoms", "fever"]]);
    expect(screeningAnswersFromFormData(fd)).toMatchObject({ symptoms: ["cough", "fever"] });
  });

  it("sends no symptoms when no box is ticked, so the schema can ask for one", () => {
    const fd = form(wellForm.filter(([name]) => name !== "symptoms"));
    expect(screeningAnswersFromFormData(fd)).toMatchObject({ symptoms: [] });
  });

  it.each([
    ["37.9", 37.9],
    [" 38 ", 38],
    ["37,9", 37.9],
    ["38.2°C", 38.2],
    ["38.2 C", 38.2],
    ["", null],
    ["hot", "hot"],
  ])("reads the temperature %j as %j", (text, expected) => {
    const fd = form([...wellForm.filter(([name]) => name !== "temperatureC"), ["temperatureC", text]]);
    expect(screeningAnswersFromFormData(fd)).toMatchObject({ temperatureC: expected });
  });

  it("treats an unticked declaration (absent from the post) as not confirmed", () => {
    const fd = form(wellForm.filter(([name]) => name !== "declaration"));
    expect(screeningAnswersFromFormData(fd)).toMatchObject({ declaration: false });
    expect(validateScreeningAnswers(screeningAnswersFromFormData(fd), { now, timeZone: AUCKLAND })).toMatchObject({
      ok: false,
      fieldErrors: { declaration: ["Please confirm the declaration to continue"] },
    });
  });

  it("turns blank follow-ups into missing ones, so “yes” without a date asks for the date", () => {
    const fd = form([...wellForm.filter(([name]) => name !== "positiveTest"), ["positiveTest", "yes"]]);
    expect(screeningAnswersFromFormData(fd)).toMatchObject({ positiveTest: "yes", positiveTestDate: undefined });
    expect(validateScreeningAnswers(screeningAnswersFromFormData(fd), { now, timeZone: AUCKLAND })).toMatchObject({
      ok: false,
      fieldErrors: { positiveTestDate: ["Enter the date of your positive test"] },
    });
  });

  it("passes a filled-in recent illness through", () => {
    const fd = form([
      ...wellForm.filter(([name]) => !name.startsWith("recentIllness")),
      ["recentIllness", "yes"],
      ["recentIllnessKind", "covid"],
      ["recentIllnessEndedOn", "2025-05-20"],
    ]);
    expect(validateScreeningAnswers(screeningAnswersFromFormData(fd), { now, timeZone: AUCKLAND })).toMatchObject({
      ok: true,
      answers: { recentIllness: "yes", recentIllnessKind: "covid", recentIllnessEndedOn: "2025-05-20" },
    });
  });

  it("keeps the free text as typed (the schema trims it)", () => {
    const fd = form([...wellForm.filter(([name]) => name !== "otherInfo"), ["otherInfo", "  bit of a sniffle "]]);
    expect(screeningAnswersFromFormData(fd)).toMatchObject({ otherInfo: "  bit of a sniffle " });
  });

  it("leaves a missing version missing, so an old form is caught", () => {
    const fd = form(wellForm.filter(([name]) => name !== "version"));
    expect(validateScreeningAnswers(screeningAnswersFromFormData(fd), { now, timeZone: AUCKLAND })).toMatchObject({
      ok: false,
      fieldErrors: { version: [expect.stringContaining("out of date")] },
    });
  });
});
