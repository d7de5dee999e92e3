import { addClinicDays, isoWeekdayOf } from "./clinic-date";
import { clinicInstant, isWallTime } from "./clinic-time";
import type { ClinicDate, Interval, WeeklyHours } from "./types";

/** Closing at "24:00" means midnight at the end of the day (a window that runs to the end of the day). */
export const END_OF_DAY = "24:00";

/**
 * The real-time opening windows for one clinic date. Hours are stored as
 * wall-clock times, so the same "09:00" is 21:00Z the day before in NZST
 * (+12) and 20:00Z in NZDT (+13); each window is converted on its own date.
 * A window whose times both fall in a DST gap comes out empty (start = end).
 */
export function openingWindowsOn(
  date: ClinicDate,
  weeklyHours: readonly WeeklyHours[],
  timeZone: string,
): Interval[] {
  // Check every row, not just today's, so a bad row fails on any day.
  weeklyHours.forEach(assertValidHours);
  const weekday = isoWeekdayOf(date);
  return weeklyHours
    .filter((hours) => hours.weekday === weekday)
    .map((hours) => {
      const startsAt = clinicInstant(date, hours.opensAt, timeZone);
      const endsAt =
        hours.closesAt === END_OF_DAY
          ? clinicInstant(addClinicDays(date, 1), "00:00", timeZone)
          : clinicInstant(date, hours.closesAt, timeZone);
      return { startsAt, endsAt };
    })
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Stored hours are checked when saved; bad ones here are a bug, so fail loudly. */
export function assertValidHours(hours: WeeklyHours): void {
  const { weekday, opensAt, closesAt } = hours;
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
    throw new RangeError(`Weekday must be 1 (Monday) to 7 (Sunday), got ${weekday}`);
  }
  if (!isWallTime(opensAt)) throw new RangeError(`Opening time must be HH:mm, got "${opensAt}"`);
  if (closesAt !== END_OF_DAY && !isWallTime(closesAt)) {
    throw new RangeError(`Closing time must be HH:mm or 24:00, got "${closesAt}"`);
  }
  // "HH:mm" strings of equal length compare in clock order.
  if (closesAt <= opensAt) {
    throw new RangeError(`Closing time ${closesAt} must be after opening time ${opensAt}`);
  }
}
