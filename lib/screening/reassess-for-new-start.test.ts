import { describe, expect, it } from "vitest";
import { reassessForNewStart, statusAfterMove } from "./reassess-for-new-start";
import { wellAnswers } from "./well-answers";
import type { ScreeningAnswers } from "./answers-schema";

// Answered on Tuesday 1 December 2026 (clinic time); a cold that ended on 28 November.
const ANSWERED_AT = new Date("2026-12-01T00:00:00Z");
const coldEnded = (day: string): ScreeningAnswers => ({
  ...wellAnswers(),
  recentIllness: "yes",
  recentIllnessKind: "cold",
  recentIllnessEndedOn: day,
});
// Clinic days at 10 am NZDT.
const TZ = "Pacific/Auckland";
const on = (day: string) => new Date(`${day}T10:00:00+13:00`);

describe("reassessForNewStart", () => {
  it("clears a recent-cold flag when the procedure moves past the 14 days, and raises it when it moves back", () => {
    const set = { answers: coldEnded("2026-11-28"), answeredAt: ANSWERED_AT };
    expect(reassessForNewStart(set, on("2026-12-03"), TZ).outcome).toBe("FLAGGED");
    // 28 Nov + 15 days = 13 Dec: the first clear day.
    expect(reassessForNewStart(set, on("2026-12-12"), TZ).outcome).toBe("FLAGGED");
    expect(reassessForNewStart(set, on("2026-12-13"), TZ).outcome).toBe("CLEAR");
  });

  it("measures symptoms from the day they were answered, so a move does not clear them", () => {
    const set = { answers: { ...wellAnswers(), symptoms: ["cough"] } as ScreeningAnswers, answeredAt: ANSWERED_AT };
    expect(reassessForNewStart(set, on("2027-03-01"), TZ).reasons.map((r) => r.code)).toEqual(["SYMPTOMS"]);
  });
});

describe("statusAfterMove", () => {
  const flagged = (code: "RECENT_RESPIRATORY_ILLNESS" | "SYMPTOMS" | "FREE_TEXT_RESPIRATORY") => ({
    outcome: "FLAGGED" as const,
    reasons: [{ code, message: "m" }],
  });
  const clear = { outcome: "CLEAR" as const, reasons: [] };

  it("flags a confirmed booking when the new date brings a new reason", () => {
    expect(statusAfterMove("CONFIRMED", [{ before: clear, after: flagged("RECENT_RESPIRATORY_ILLNESS") }])).toBe("FLAGGED");
  });

  it("does not re-flag a confirmed booking for a reason staff already weighed", () => {
    const same = flagged("RECENT_RESPIRATORY_ILLNESS");
    expect(statusAfterMove("CONFIRMED", [{ before: same, after: same }])).toBeNull();
  });

  it("clears a flagged booking only when no answer set gives a reason for the new date", () => {
    expect(statusAfterMove("FLAGGED", [{ before: flagged("RECENT_RESPIRATORY_ILLNESS"), after: clear }])).toBe("CONFIRMED");
    expect(
      statusAfterMove("FLAGGED", [
        { before: flagged("SYMPTOMS"), after: flagged("SYMPTOMS") },
        { before: flagged("RECENT_RESPIRATORY_ILLNESS"), after: clear },
      ]),
    ).toBeNull();
  });

  it("counts a reason a nurse dismissed as gone", () => {
    const before = { outcome: "FLAGGED" as const, reasons: [...flagged("RECENT_RESPIRATORY_ILLNESS").reasons, ...flagged("FREE_TEXT_RESPIRATORY").reasons] };
    const after = flagged("FREE_TEXT_RESPIRATORY");
    expect(statusAfterMove("FLAGGED", [{ before, after }])).toBeNull();
    expect(statusAfterMove("FLAGGED", [{ before, after, dismissedCodes: ["FREE_TEXT_RESPIRATORY"] }])).toBe("CONFIRMED");
  });

  it("leaves other statuses alone", () => {
    expect(statusAfterMove("POSTPONED", [{ before: flagged("SYMPTOMS"), after: clear }])).toBeNull();
    expect(statusAfterMove("FLAGGED", [])).toBeNull();
  });
});
