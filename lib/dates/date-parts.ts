// Dates people know (date of birth, the date of a test) typed as three boxes —
// day, month, year — and checked with the GOV.UK / NHS.UK date input messages
// ("Date of birth must include a month", "…must be a real date"). Pure: the
// form, the server action and the API share it. Stored as YYYY-MM-DD.
// No Zod here: the form's boxes load this in the browser (date-schema.ts is
// the server's Zod side).
import { isExists } from "date-fns";

export const DATE_PARTS = ["day", "month", "year"] as const;
export type DatePart = (typeof DATE_PARTS)[number];
export type DateParts = Record<DatePart, string>;

/** How a date field speaks about itself and which dates it takes. */
export type DateRules = {
  /** Starts each message, e.g. "Date of birth". */
  label: string;
  /** When every box is blank, e.g. "Enter your date of birth". */
  missing: string;
  /** The clinic's today (YYYY-MM-DD), when the date must not be after it. */
  today?: string;
  /** "past": before today (a birthday); "today-or-past": up to and including today. */
  when?: "past" | "today-or-past";
  /** The earliest date taken (YYYY-MM-DD), e.g. 1900-01-01 for a date of birth. */
  earliest?: string;
};

export type DatePartsCheck =
  | { ok: true; iso: string }
  | { ok: false; message: string; /** the boxes to mark as wrong, first one is linked to */ parts: DatePart[] };

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The three boxes of field `name`, as posted (`name-day`, `name-month`, `name-year`). */
export function datePartsFromFormData(form: FormData, name: string): DateParts {
  const read = (part: DatePart) => {
    const value = form.get(`${name}-${part}`);
    return typeof value === "string" ? value : "";
  };
  return { day: read("day"), month: read("month"), year: read("year") };
}

/** Stored YYYY-MM-DD back into boxes, as people write them ("7", "3", "1980"). */
export function datePartsFromIso(iso: string | null | undefined): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!m) return { day: "", month: "", year: "" };
  return { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! };
}

export function isBlankDate(parts: DateParts): boolean {
  return DATE_PARTS.every((part) => parts[part].trim() === "");
}

/** A month as a number, or by name ("Mar", "March"), as GOV.UK date inputs accept. */
function monthNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const index = MONTH_NAMES.indexOf(text.slice(0, 3).toLowerCase());
  return index >= 0 && /^[a-z]+$/i.test(text) ? index + 1 : null;
}

function joinParts(parts: DatePart[]): string {
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** "1 January 1900", for messages about a limit. */
function spokenDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const month = new Date(Date.UTC(2000, m! - 1, 1)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  return `${d} ${month} ${y}`;
}

/** Checks three boxes against the rules, with the message a person would see beside them. */
export function checkDateParts(input: DateParts, rules: DateRules): DatePartsCheck {
  const parts = { day: input.day.trim(), month: input.month.trim(), year: input.year.trim() };
  const empty = DATE_PARTS.filter((part) => parts[part] === "");
  if (empty.length === 3) return { ok: false, message: rules.missing, parts: [...DATE_PARTS] };
  if (empty.length > 0) return { ok: false, message: `${rules.label} must include a ${joinParts(empty)}`, parts: empty };

  const day = /^\d{1,2}$/.test(parts.day) ? Number(parts.day) : null;
  const month = monthNumber(parts.month);
  if (!/^\d+$/.test(parts.year) || day === null || month === null) {
    const wrong = DATE_PARTS.filter((part) =>
      part === "day" ? day === null : part === "month" ? month === null : !/^\d+$/.test(parts.year),
    );
    return { ok: false, message: `${rules.label} must be a real date`, parts: wrong };
  }
  if (parts.year.length !== 4) return { ok: false, message: "Year must include 4 numbers", parts: ["year"] };
  const year = Number(parts.year);
  // date-fns: is there such a day (no 31 April, 29 February only in leap years)?
  if (!isExists(year, month - 1, day)) {
    const wrong: DatePart[] = month < 1 || month > 12 ? ["month"] : day < 1 || day > 31 ? ["day"] : ["day", "month"];
    return { ok: false, message: `${rules.label} must be a real date`, parts: wrong };
  }

  const iso = `${parts.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  // YYYY-MM-DD compare correctly as strings.
  if (rules.today && rules.when === "past" && iso >= rules.today) {
    return { ok: false, message: `${rules.label} must be in the past`, parts: [...DATE_PARTS] };
  }
  if (rules.today && rules.when === "today-or-past" && iso > rules.today) {
    return { ok: false, message: `${rules.label} must be today or in the past`, parts: [...DATE_PARTS] };
  }
  if (rules.earliest && iso < rules.earliest) {
    return { ok: false, message: `${rules.label} must be the same as or after ${spokenDate(rules.earliest)}`, parts: ["year"] };
  }
  return { ok: true, iso };
}

/** The id of the box an error summary link should move to: the first wrong one. */
export function dateErrorTarget(name: string, parts: DateParts, rules: DateRules): string {
  const result = checkDateParts(parts, rules);
  return `${name}-${result.ok ? "day" : (result.parts[0] ?? "day")}`;
}
