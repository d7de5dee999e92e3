import { TZDate, tz } from "@date-fns/tz";
import { addDays, endOfISOWeek, format, getISODay, startOfISOWeek } from "date-fns";
import type { ClinicDate } from "./types";

// A calendar date has no time zone. Doing its arithmetic in UTC, which has no
// DST, keeps "add a day" from ever landing on a skipped or repeated midnight.
const calendar = tz("UTC");
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_FORMAT = "yyyy-MM-dd";

const DAY_MS = 86_400_000;

/** True for a real calendar date written exactly "YYYY-MM-DD" (so not 2026-02-30, not 2026-2-3). */
export function isClinicDate(value: unknown): value is ClinicDate {
  return typeof value === "string" && epochDayOrNull(value) !== null;
}

export function assertClinicDate(value: string, label = "date"): void {
  if (!isClinicDate(value)) {
    throw new RangeError(`${label} must be a real date as YYYY-MM-DD, got "${value}"`);
  }
}

/** The calendar date n days after (or before, for negative n) the given one. */
export function addClinicDays(date: ClinicDate, n: number): ClinicDate {
  assertClinicDate(date);
  // Plain day counting (slot searches call this for every day): the same
  // answer as date-fns addDays in UTC, at a fraction of the cost.
  if (Number.isInteger(n)) return clinicDateOfEpochDay(epochDayOf(date) + n);
  return formatCalendarDate(addDays(toCalendarDate(date), n, { in: calendar }));
}

/** Days from 1970-01-01 to this (checked) calendar date. */
export function epochDayOf(date: ClinicDate): number {
  const day = epochDayOrNull(date);
  if (day === null) throw new RangeError(`Expected a real date as YYYY-MM-DD, got "${date}"`);
  return day;
}

/** The calendar date this many days after 1970-01-01, written "YYYY-MM-DD". */
export function clinicDateOfEpochDay(day: number): ClinicDate {
  const d = new Date(day * DAY_MS);
  const year = d.getUTCFullYear();
  return `${String(year).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** The Monday–Sunday week containing the date. */
export function weekRange(startDate: ClinicDate): { from: ClinicDate; to: ClinicDate } {
  assertClinicDate(startDate);
  const day = toCalendarDate(startDate);
  return {
    from: formatCalendarDate(startOfISOWeek(day, { in: calendar })),
    to: formatCalendarDate(endOfISOWeek(day, { in: calendar })),
  };
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: ClinicDate): number {
  assertClinicDate(date);
  return getISODay(toCalendarDate(date), { in: calendar });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function clinicDaysBetween(from: ClinicDate, to: ClinicDate): number {
  // Plain day counting, as addClinicDays: the slots API checks every query with it.
  return epochDayOf(to) - epochDayOf(from);
}

/** Midnight UTC of the date; only for calendar arithmetic, never shown as an instant. */
export function toCalendarDate(date: ClinicDate): Date {
  const day = calendarDateOrNull(date);
  if (!day) throw new RangeError(`Expected a real date as YYYY-MM-DD, got "${date}"`);
  return day;
}

/**
 * Built from its numbers rather than with date-fns `parse`, which is about ten
 * times slower and runs for every day of every slot search. A date that does
 * not read back the same (2026-02-30 rolls over to 2 March) is not real.
 */
function calendarDateOrNull(value: string): TZDate | null {
  const match = DATE_SHAPE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new TZDate(year, month - 1, day, "UTC");
  const readsBack = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return readsBack ? date : null;
}

/**
 * The same test as `calendarDateOrNull` in plain numbers, which the checks
 * on every day of every slot search can afford. Years 0–99 do not read back
 * (Date maps them to 1900–1999), as with TZDate.
 */
function epochDayOrNull(value: string): number | null {
  const match = DATE_SHAPE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  const readsBack = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return readsBack ? ms / DAY_MS : null;
}

function formatCalendarDate(date: Date): ClinicDate {
  return format(date, DATE_FORMAT, { in: calendar });
}
