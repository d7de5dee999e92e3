import { tz } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, format, isValid, parse } from "date-fns";

/** A calendar day written "YYYY-MM-DD", e.g. the day a test was taken. */
export type IsoDay = string;

export const DEFAULT_CLINIC_TIME_ZONE = "Pacific/Auckland";

const DAY_FORMAT = "yyyy-MM-dd";
const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
// A calendar day has no zone of its own; doing its arithmetic in UTC (no DST)
// keeps "add 14 days" from ever landing on a skipped or repeated midnight.
const calendar = tz("UTC");

/** The clinic's calendar day at an instant: 11 pm UTC can already be tomorrow in Auckland. */
export function clinicDayOf(instant: Date, timeZone: string = DEFAULT_CLINIC_TIME_ZONE): IsoDay {
  return format(instant, DAY_FORMAT, { in: tz(timeZone) });
}

/** True for a real date written exactly "YYYY-MM-DD" (so not 2025-02-30). */
export function isIsoDay(value: unknown): value is IsoDay {
  return typeof value === "string" && DAY_SHAPE.test(value) && isValid(toCalendarDate(value));
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return differenceInCalendarDays(toCalendarDate(to), toCalendarDate(from), { in: calendar });
}

/** The day `n` days after (or before, for negative n) `day`. */
export function addDaysToDay(day: IsoDay, n: number): IsoDay {
  return format(addDays(toCalendarDate(day), n, { in: calendar }), DAY_FORMAT, { in: calendar });
}

/** "14 March 2025": unambiguous for patients and staff (no 03/14 vs 14/03). */
export function formatDayForPeople(day: IsoDay): string {
  return format(toCalendarDate(day), "d MMMM yyyy", { in: calendar });
}

function toCalendarDate(day: IsoDay): Date {
  return parse(day, DAY_FORMAT, new Date(0), { in: calendar });
}
