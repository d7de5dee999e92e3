import { tzOffset } from "@date-fns/tz";
import { clinicDateOfEpochDay, epochDayOf } from "./clinic-date";
import { clinicInstant } from "./clinic-time";
import type { ClinicDate } from "./types";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * One clinic date as plain numbers: when it starts and ends (UTC epoch ms)
 * and whether its clock runs steadily, i.e. without a change of UTC offset.
 * On a steady day a wall-clock time is the day's start plus its minutes, so
 * opening hours cost an addition instead of a time-zone conversion each.
 */
export type ClinicDayClock = {
  date: ClinicDate;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** The instant the clinic's clock first reads 00:00 on this date (as `clinicInstant` says). */
  startMs: number;
  /** The instant it first reads 00:00 on the next date. */
  endMs: number;
  /** 24 hours long with one UTC offset throughout: no skipped or repeated times. */
  steady: boolean;
};

/**
 * Every clinic date from `from` to `to` inclusive (none when `to` is
 * earlier). One offset lookup per day: when the offset 24 hours after a
 * midnight is the same, the next midnight is exactly 24 hours on (zones change
 * their offset at most once a day); otherwise `clinicInstant` works it out
 * with its DST rules.
 */
export function clinicDayClocks(from: ClinicDate, to: ClinicDate, timeZone: string): ClinicDayClock[] {
  const days: ClinicDayClock[] = [];
  const first = epochDayOf(from);
  const last = epochDayOf(to);
  if (last < first) return days;
  let startMs = clinicInstant(from, "00:00", timeZone).getTime();
  let startOffset = tzOffset(timeZone, new Date(startMs));
  for (let day = first; day <= last; day++) {
    let endMs = startMs + DAY_MS;
    let endOffset = tzOffset(timeZone, new Date(endMs));
    let steady = endOffset === startOffset;
    if (!steady) {
      endMs = clinicInstant(clinicDateOfEpochDay(day + 1), "00:00", timeZone).getTime();
      endOffset = tzOffset(timeZone, new Date(endMs));
      steady = endMs - startMs === DAY_MS && tzOffset(timeZone, new Date(endMs - 1)) === startOffset;
    }
    days.push({ date: clinicDateOfEpochDay(day), weekday: ((((day + 3) % 7) + 7) % 7) + 1, startMs, endMs, steady });
    startMs = endMs;
    startOffset = endOffset;
  }
  return days;
}

/** Minutes after midnight of a checked "HH:mm". */
export function wallMinutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The instant of a wall-clock time on a steady day (see `ClinicDayClock.steady`). */
export function steadyInstantMs(day: ClinicDayClock, time: string): number {
  return day.startMs + wallMinutes(time) * MINUTE_MS;
}
