import { describe, expect, it } from "vitest";
import { clinicDayClocks, steadyInstantMs } from "./clinic-day-clock";
import { clinicInstant } from "./clinic-time";

const ZONE = "Pacific/Auckland";

describe("clinicDayClocks", () => {
  it("gives each date its midnights and weekday, and marks the clock-change days", () => {
    // New Zealand: back an hour on Sunday 5 April 2026, forward on Sunday 27 September 2026.
    const april = clinicDayClocks("2026-04-04", "2026-04-06", ZONE);
    expect(april.map((d) => [d.date, d.weekday, d.steady, (d.endMs - d.startMs) / 3_600_000])).toEqual([
      ["2026-04-04", 6, true, 24],
      ["2026-04-05", 7, false, 25],
      ["2026-04-06", 1, true, 24],
    ]);
    const september = clinicDayClocks("2026-09-27", "2026-09-27", ZONE);
    expect(september.map((d) => [d.steady, (d.endMs - d.startMs) / 3_600_000])).toEqual([[false, 23]]);
    expect(april[0]!.startMs).toBe(Date.parse("2026-04-03T11:00:00Z"));
  });

  it("puts a wall-clock time on a steady day where the clinic's own conversion does", () => {
    for (const day of clinicDayClocks("2026-03-28", "2026-04-12", ZONE).filter((d) => d.steady)) {
      for (const time of ["00:00", "02:30", "09:10", "17:45", "23:59"]) {
        expect(steadyInstantMs(day, time)).toBe(clinicInstant(day.date, time, ZONE).getTime());
      }
    }
  });

  it("has no days when the range is back to front", () => {
    expect(clinicDayClocks("2026-04-06", "2026-04-05", ZONE)).toEqual([]);
  });
});
