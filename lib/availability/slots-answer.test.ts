import { describe, expect, it } from "vitest";
import { computeFreeSlots } from "./free-slots";
import { slotsAnswerJson } from "./slots-answer";

const practitioner = (id: string, name: string) => ({
  id,
  name,
  weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: "09:00", closesAt: "12:00" })),
  timeOff: [],
  busy: [{ startsAt: new Date("2026-12-02T21:00:00Z"), endsAt: new Date("2026-12-02T22:00:00Z") }],
});

describe("slotsAnswerJson", () => {
  const slots = computeFreeSlots({
    procedure: { durationMinutes: 45, bufferMinutes: 15 },
    practitioners: [practitioner("a", "Dr Ana \"Ngā\" Reti"), practitioner("b", "Dr Ben Cole")],
    from: "2026-12-03",
    to: "2026-12-04",
    timeZone: "Pacific/Auckland",
    now: new Date("2026-12-01T00:00:00Z"),
  });
  const answer = { procedure: "consult", timeZone: "Pacific/Auckland", from: "2026-12-03", to: "2026-12-04", slots };
  const plain = {
    ...answer,
    slots: slots.map((s) => ({ startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), practitioners: s.practitioners })),
  };

  it("is the answer's JSON, byte for byte, names with quotes and macrons included", () => {
    expect(slots.length).toBeGreaterThan(4);
    expect(slotsAnswerJson(answer)).toBe(JSON.stringify(plain));
    // Written twice from the same (kept) slots: the same bytes.
    expect(slotsAnswerJson(answer)).toBe(JSON.stringify(plain));
  });

  it("writes an empty list when nothing is free", () => {
    expect(JSON.parse(slotsAnswerJson({ ...answer, slots: [] }))).toEqual({ ...plain, slots: [] });
  });
});
