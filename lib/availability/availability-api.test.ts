// Other parts of the app import these names from "@/lib/availability"; keep them stable.
import { afterEach, describe, expect, it } from "vitest";
import * as availability from "./index";
import { ZONE, at, practitioner, startsUtc } from "./test-fixtures";

describe("lib/availability public API", () => {
  it("exports the agreed constants", () => {
    expect({
      SLOT_STEP_MINUTES: availability.SLOT_STEP_MINUTES,
      CLAIM_CELL_MINUTES: availability.CLAIM_CELL_MINUTES,
      DEFAULT_MIN_NOTICE_HOURS: availability.DEFAULT_MIN_NOTICE_HOURS,
      DEFAULT_HORIZON_DAYS: availability.DEFAULT_HORIZON_DAYS,
    }).toEqual({ SLOT_STEP_MINUTES: 15, CLAIM_CELL_MINUTES: 15, DEFAULT_MIN_NOTICE_HOURS: 24, DEFAULT_HORIZON_DAYS: 90 });
  });

  it.each([
    "computeFreeSlots",
    "claimCellsFor",
    "groupSlotsByClinicDay",
    "formatClinicTime",
    "formatClinicDate",
    "clinicToday",
    "weekRange",
    "addClinicDays",
    "timeZoneAbbreviation",
  ])("exports %s", (name) => {
    expect(typeof (availability as Record<string, unknown>)[name]).toBe("function");
  });

  it("exports slotQuerySchema", () => {
    expect(availability.slotQuerySchema.safeParse({ from: "2026-12-07", to: "2026-12-07" }).success).toBe(true);
  });
});

describe("results depend only on the instant, not on where the code or the patient is", () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  const compute = (now: Date) =>
    availability.computeFreeSlots({
      procedure: { durationMinutes: 60, bufferMinutes: 15 },
      practitioners: [
        practitioner({
          weeklyHours: [
            { weekday: 7, opensAt: "01:00", closesAt: "05:00" },
            { weekday: 1, opensAt: "09:00", closesAt: "12:00" },
          ],
        }),
      ],
      from: "2026-09-26",
      to: "2026-09-28",
      timeZone: ZONE,
      now,
    });
  const baseline = startsUtc(compute(at("2026-09-20T00:00:00Z")));

  it("gives the same slots whether now is written in UTC, Los Angeles or Kolkata time", () => {
    expect(baseline.length).toBeGreaterThan(0);
    expect(startsUtc(compute(at("2026-09-19T17:00:00-07:00")))).toEqual(baseline);
    expect(startsUtc(compute(at("2026-09-20T05:30:00+05:30")))).toEqual(baseline);
  });

  it.each(["America/Los_Angeles", "Asia/Kolkata", "Europe/London", "UTC"])(
    "gives the same slots and labels when the server itself runs in %s",
    (serverZone) => {
      process.env.TZ = serverZone;
      // Guard: the runtime really did switch its local zone, or this test proves nothing.
      expect(new Date("2026-07-01T12:00:00Z").getTimezoneOffset()).toBe(
        { "America/Los_Angeles": 420, "Asia/Kolkata": -330, "Europe/London": -60, UTC: 0 }[serverZone],
      );
      const slots = compute(at("2026-09-20T00:00:00Z"));
      expect(startsUtc(slots)).toEqual(baseline);
      // Spring-forward Sunday night hours, then Monday morning: no 2:xx am.
      expect(slots.map((s) => availability.formatClinicTime(s.startsAt, ZONE))).toEqual([
        "1:00 am",
        "1:30 am",
        "3:00 am",
        "3:30 am",
        "9:00 am",
        "9:30 am",
        "10:00 am",
        "10:30 am",
      ]);
      expect(availability.clinicToday(at("2026-09-26T12:30:00Z"), ZONE)).toBe("2026-09-27");
      expect(availability.weekRange("2026-09-27")).toEqual({ from: "2026-09-21", to: "2026-09-27" });
    },
  );
});
