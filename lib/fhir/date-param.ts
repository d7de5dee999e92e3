import { addClinicDays, clinicInstant, isClinicDate } from "@/lib/availability";
import { FhirError } from "./fhir-error";

// FHIR date search values against a point in time (an appointment's or a
// slot's start). A value names a span — a whole clinic day for "2026-12-03",
// one second for a dateTime — and the prefix says how the point relates to
// it. The result is a half-open instant range [gte, lt).

export type InstantRange = { gte?: Date; lt?: Date };

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const PREFIXED = /^(eq|ge|gt|le|lt)?(.+)$/;

// Far enough either way for any booking; outside it the calendar arithmetic
// below would leave the four-digit years it works in.
const YEAR = /^(19|2\d)\d{2}-/;

function spanOf(raw: string, timeZone: string, name: string): { lo: Date; hi: Date } {
  const value: string = raw;
  if (!YEAR.test(value)) return notADate(value, name);
  if (isClinicDate(raw)) {
    return { lo: clinicInstant(raw, "00:00", timeZone), hi: clinicInstant(addClinicDays(raw, 1), "00:00", timeZone) };
  }
  if (DATE_TIME.test(value)) {
    const lo = new Date(value);
    if (!Number.isNaN(lo.getTime())) {
      // Precision as written: to the minute or to the second.
      const seconds = value.length > 16 && value[16] === ":" ? 1 : 60;
      const floored = new Date(Math.floor(lo.getTime() / (seconds * 1000)) * seconds * 1000);
      return { lo: floored, hi: new Date(floored.getTime() + seconds * 1000) };
    }
  }
  return notADate(value, name);
}

function notADate(value: string, name: string): never {
  throw new FhirError(
    "invalid",
    `${name}: "${value}" is not a date (years 1900 to 2999). Use YYYY-MM-DD (a clinic day) or a date and time with its zone, e.g. 2026-12-03T09:00:00+13:00, optionally after ge, gt, le, lt or eq.`,
    name,
  );
}

export function parseDateParam(raw: string, timeZone: string, name: string): InstantRange {
  // An unencoded "+" in a query string arrives as a space: "09:00:00 13:00".
  const [, prefix = "eq", value = ""] = PREFIXED.exec(raw.replace(/ (\d{2}:\d{2})$/, "+$1")) ?? [];
  const { lo, hi } = spanOf(value, timeZone, name);
  switch (prefix) {
    case "ge":
      return { gte: lo };
    case "gt":
      return { gte: hi };
    case "le":
      return { lt: hi };
    case "lt":
      return { lt: lo };
    default:
      return { gte: lo, lt: hi };
  }
}

/** Several values of one parameter all hold (FHIR's AND): the ranges intersect. */
export function intersectRanges(ranges: InstantRange[]): InstantRange {
  const out: InstantRange = {};
  for (const r of ranges) {
    if (r.gte && (!out.gte || r.gte > out.gte)) out.gte = r.gte;
    if (r.lt && (!out.lt || r.lt < out.lt)) out.lt = r.lt;
  }
  return out;
}
