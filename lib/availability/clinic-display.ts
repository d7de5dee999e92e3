import { tz } from "@date-fns/tz";
import { format, isValid, parseISO } from "date-fns";
import { isClinicDate, toCalendarDate } from "./clinic-date";
import { assertTimeZone } from "./clinic-time";
import type { ClinicDate } from "./types";

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** "9:30 am" on the clinic's clock. */
export function formatClinicTime(date: Date, timeZone: string): string {
  return format(date, "h:mm aaa", { in: tz(timeZone) });
}

/**
 * "Monday 7 December 2026". A "YYYY-MM-DD" string is already a clinic date
 * and is shown as is; a Date, or an ISO timestamp with an offset (what JSON
 * makes of a Date), is shown as the clinic's date at that instant.
 */
export function formatClinicDate(date: Date | string, timeZone: string): string {
  const pattern = "EEEE d MMMM yyyy";
  if (typeof date === "string" && isClinicDate(date)) {
    return format(toCalendarDate(date), pattern, { in: tz("UTC") });
  }
  return format(toInstant(date), pattern, { in: tz(timeZone) });
}

/**
 * "NZDT" or "NZST" for the clinic's zone at that instant, for lines like
 * "times are shown in New Zealand time (NZDT)". Intl with an en-NZ locale,
 * because tzName and date-fns format give "GMT+13" in other locales; zones
 * with no local abbreviation fall back to that "GMT+13" form.
 */
export function timeZoneAbbreviation(date: Date, timeZone: string): string {
  const parts = abbreviationFormat(timeZone).formatToParts(date);
  const name = parts.find((part) => part.type === "timeZoneName")?.value;
  if (!name) throw new RangeError(`No abbreviation for time zone "${timeZone}"`);
  return name;
}

// Building an Intl.DateTimeFormat costs far more than using one (about 0.2 ms
// against a few microseconds), and every email names the zone: one per zone.
const abbreviationFormats = new Map<string, Intl.DateTimeFormat>();

function abbreviationFormat(timeZone: string): Intl.DateTimeFormat {
  let format = abbreviationFormats.get(timeZone);
  if (!format) {
    assertTimeZone(timeZone);
    abbreviationFormats.set(timeZone, (format = new Intl.DateTimeFormat("en-NZ", { timeZone, timeZoneName: "short" })));
  }
  return format;
}

function toInstant(value: Date | string): Date {
  if (value instanceof Date) {
    if (!isValid(value)) throw new RangeError("Expected a valid Date");
    return value;
  }
  // Without an offset a timestamp would be read in the server's own zone.
  const instant = HAS_OFFSET.test(value) ? parseISO(value) : new Date(Number.NaN);
  if (!isValid(instant)) {
    throw new RangeError(`Expected "YYYY-MM-DD" or an ISO timestamp with an offset, got "${value}"`);
  }
  return instant;
}

/** "14 March 2025": a clinic date as patients and staff read it in a sentence (no 03/14 vs 14/03). */
export function formatClinicDay(date: ClinicDate): string {
  return format(toCalendarDate(date), "d MMMM yyyy", { in: tz("UTC") });
}

/** "Monday 7 December 2026, 9:30 am": an instant as staff lists and histories show it. */
export function formatClinicDateTime(date: Date, timeZone: string): string {
  return `${formatClinicDate(date, timeZone)}, ${formatClinicTime(date, timeZone)}`;
}

/** "Mon 7 Dec 2026": a compact clinic date for tables. */
export function formatClinicDateCompact(date: Date, timeZone: string): string {
  return format(toInstant(date), "EEE d MMM yyyy", { in: tz(timeZone) });
}
