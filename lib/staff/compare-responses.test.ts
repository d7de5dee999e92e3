import { describe, expect, it } from "vitest";
import { wellAnswers } from "@/lib/screening/well-answers";
import { compareResponses, type ComparedResponse } from "./compare-responses";

const clearAnswers = wellAnswers();

const response = (id: string, answers: unknown, kind: ComparedResponse["kind"] = "BOOKING"): ComparedResponse => ({
  id,
  kind,
  questionnaireVersion: 1,
  answers,
  submittedAt: new Date("2026-03-01T00:00:00Z"),
});

describe("compareResponses", () => {
  const rows = compareResponses([
    response("booking", clearAnswers),
    response("check-in", { ...clearAnswers, symptoms: ["cough", "cold"], closeContact: "yes", closeContactDate: "2026-03-02" }, "PRE_PROCEDURE"),
  ]);
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it("marks answers that changed at check-in", () => {
    expect(row("symptoms").cells.map((c) => c.changed)).toEqual([false, true]);
    expect(row("symptoms").cells[1]!.answer).toContain("New or worse cough");
    expect(row("closeContact").cells.map((c) => c.changed)).toEqual([false, true]);
  });

  it("leaves unchanged answers unmarked", () => {
    expect(row("positiveTest").cells.map((c) => c.changed)).toEqual([false, false]);
    expect(row("declaration").cells.map((c) => c.answer)).toEqual(["Confirmed", "Confirmed"]);
  });

  it("shows a follow-up asked only at check-in as new, and blank before", () => {
    expect(row("closeContactDate").cells).toEqual([
      { answer: null, changed: false },
      { answer: "2 March 2026", changed: true },
    ]);
  });

  it("keeps the questionnaire's order", () => {
    expect(rows.map((r) => r.id).slice(0, 2)).toEqual(["symptoms", "temperatureC"]);
  });
});
