import { TZDate, tz, tzOffset } from "@date-fns/tz";
import { addHours, addMinutes, format, subMinutes } from "date-fns";
import { epochDayOf, toCalendarDate } from "./clinic-date";
import type { ClinicDate } from "./types";

const WALL_FORMAT = "yyyy-MM-dd HH:mm";
const TIME_SHAPE = /^([01]\d|2[0-3]):[0-5]\d$/;

// Zones this process has already found valid. Building an Intl.DateTimeFormat
// costs milliseconds and every slot search checks its zone; the runtime's
// zone database does not change while it runs.
const knownTimeZones = new Set<string>();

/** Throws a RangeError for a name the runtime's time-zone database does not know. */
export function assertTimeZone(timeZone: string): void {
  if (knownTimeZones.has(timeZone)) return;
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw new RangeError(`Unknown time zone "${timeZone}"`);
  }
  knownTimeZones.add(timeZone);
}

/** True for a wall-clock time "HH:mm" from 00:00 to 23:59. */
export function isWallTime(value: string): boolean {
  return TIME_SHAPE.test(value);
}

/** The clinic's calendar date at this instant. */
export function clinicDateOf(instant: Date, timeZone: string): ClinicDate {
  return clinicClockText(instant, timeZone, 0, 10) ?? format(instant, "yyyy-MM-dd", { in: tz(timeZone) });
}

/** Today's date on the clinic's calendar; `now` is a parameter so tests can pin it. */
export function clinicToday(now: Date, timeZone: string): ClinicDate {
  return clinicDateOf(now, timeZone);
}

/** The clinic's wall-clock time "HH:mm" at this instant. */
export function clinicWallTime(instant: Date, timeZone: string): string {
  return clinicClockText(instant, timeZone, 11, 16) ?? format(instant, "HH:mm", { in: tz(timeZone) });
}

const DAY_MS = 86_400_000;
const YEAR_1000_MS = Date.UTC(1000, 0, 1);
const YEAR_10000_MS = Date.UTC(10000, 0, 1);

/**
 * Part of "YYYY-MM-DDTHH:mm" of the clinic clock at this instant, by
 * arithmetic on the zone's offset: a date-fns format in a zone builds a
 * TZDate, about ten times the cost, and bookings ask this many times. Null
 * where the arithmetic would not read the same (a zone offset with seconds,
 * as in 19th-century local mean time; a year outside four digits; an invalid
 * instant or zone): the caller formats those with date-fns.
 */
function clinicClockText(instant: Date, timeZone: string, from: number, to: number): string | null {
  const offsetMinutes = tzOffset(timeZone, instant);
  const local = instant.getTime() + offsetMinutes * 60_000;
  if (!Number.isInteger(offsetMinutes) || !(local >= YEAR_1000_MS && local < YEAR_10000_MS)) return null;
  return new Date(local).toISOString().slice(from, to);
}

/**
 * The instant at which the clinic clock reads `time` on `date`.
 *
 * DST rule (documented in README.md):
 * - A time the clocks skip (02:00–02:59 on NZ spring-forward day) resolves to
 *   the instant the clocks jump, i.e. the first time that does exist: 02:30
 *   becomes 03:00 NZDT. (TZDate on its own would say 03:30.)
 * - A time the clocks repeat (02:00–02:59 on NZ fall-back day) resolves to its
 *   first occurrence, still in daylight time: 02:30 becomes 02:30 NZDT.
 */
export function clinicInstant(date: ClinicDate, time: string, timeZone: string): Date {
  if (!isWallTime(time)) throw new RangeError(`Expected a time as HH:mm, got "${time}"`);
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  // The clock reading as if it were UTC; the zone's offset turns it into the instant.
  const wallMs = epochDayOf(date) * DAY_MS + hours * 3_600_000 + minutes * 60_000;
  const offsetMinutes = tzOffset(timeZone, new Date(wallMs));
  if (Number.isInteger(offsetMinutes) && wallMs >= YEAR_1000_MS && wallMs < YEAR_10000_MS) {
    const instant = wallMs - offsetMinutes * 60_000;
    // With the same offset a day either side there is no clock change near:
    // the reading happens once, at this instant (the rule below gives the same).
    // Arithmetic rather than a TZDate: slot searches and bookings ask this per
    // practitioner and day.
    if (tzOffset(timeZone, new Date(instant - DAY_MS)) === offsetMinutes && tzOffset(timeZone, new Date(instant + DAY_MS)) === offsetMinutes) {
      return new Date(instant);
    }
  }
  return clinicInstantNearClockChange(date, time, timeZone);
}

/**
 * clinicInstant's general rule, valid for any reading: a skipped time moves to
 * the jump, a repeated one takes its first pass. clinicInstant takes the
 * arithmetic shortcut away from clock changes; tests compare the two.
 */
export function clinicInstantNearClockChange(date: ClinicDate, time: string, timeZone: string): Date {
  if (!isWallTime(time)) throw new RangeError(`Expected a time as HH:mm, got "${time}"`);
  const day = toCalendarDate(date);
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  const wanted = `${date} ${time}`;
  const zone = tz(timeZone);
  // TZDate moves a skipped time forward by the gap and may pick either pass
  // of a repeated one; the checks below apply the documented rule instead.
  const guess = new Date(
    new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, timeZone).getTime(),
  );

  // One day either side covers any single clock change that could touch this time.
  const before = addHours(guess, -24);
  const after = addHours(guess, 24);
  const shift = Math.abs(tzOffset(timeZone, after) - tzOffset(timeZone, before));
  if (shift === 0) return guess;

  const readsAsWanted = (instant: Date) => format(instant, WALL_FORMAT, { in: zone }) === wanted;
  // Whichever pass TZDate picked, the other one (if any) is one clock change away.
  const occurrences = [subMinutes(guess, shift), guess, addMinutes(guess, shift)].filter(readsAsWanted);
  const first = occurrences[0];
  if (first) return first;

  return firstInstantAtOffset(timeZone, before, after);
}

/**
 * True when this instant is the one `clinicInstant` gives for its own clock
 * reading: false only during the second pass of a repeated (fall-back) hour,
 * whose clock times were already shown once.
 */
export function isFirstReadingOfClock(instant: Date, timeZone: string): boolean {
  const date = clinicDateOf(instant, timeZone);
  const time = clinicWallTime(instant, timeZone);
  return clinicInstant(date, time, timeZone).getTime() === instant.getTime();
}

/**
 * The first whole minute in (start, end] whose UTC offset is end's offset.
 * Bisection over tzOffset rather than tzScan, because tzScan reports changes
 * in whole hours counted from the scan start, not the exact minute.
 */
function firstInstantAtOffset(timeZone: string, start: Date, end: Date): Date {
  const target = tzOffset(timeZone, end);
  let low = start; // offset differs from target
  let high = end; // offset equals target
  while (high.getTime() - low.getTime() > 60_000) {
    const middle = addMinutes(low, Math.floor((high.getTime() - low.getTime()) / 120_000));
    if (tzOffset(timeZone, middle) === target) high = middle;
    else low = middle;
  }
  return new Date(high.getTime());
}
