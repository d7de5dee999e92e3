// Maps a posted HTML form onto the plain input the answers schema expects.
// It only reshapes (checkbox groups, blank inputs, number text); every
// judgement about the values is left to the schema.
import { DATE_PARTS, datePartsFromFormData, isBlankDate, type DateParts } from "@/lib/dates/date-parts";

/**
 * Field names are the question ids from the questionnaire. The result is
 * `unknown` on purpose: it has not been validated yet.
 */
export function screeningAnswersFromFormData(fd: FormData): unknown {
  return {
    version: numberOrUndefined(text(fd, "version")),
    // A checkbox group posts one entry per ticked box, and nothing when none are ticked.
    symptoms: fd
      .getAll("symptoms")
      .filter((value): value is string => typeof value === "string")
      .map((value) => value.trim())
      .filter((value) => value !== ""),
    temperatureC: temperature(text(fd, "temperatureC")),
    positiveTest: text(fd, "positiveTest"),
    positiveTestDate: date(fd, "positiveTestDate"),
    closeContact: text(fd, "closeContact"),
    closeContactDate: date(fd, "closeContactDate"),
    recentIllness: text(fd, "recentIllness"),
    recentIllnessKind: text(fd, "recentIllnessKind"),
    recentIllnessEndedOn: date(fd, "recentIllnessEndedOn"),
    otherInfo: typeof fd.get("otherInfo") === "string" ? fd.get("otherInfo") : "",
    // An unticked checkbox is simply absent from the form.
    declaration: ["on", "true", "yes"].includes(text(fd, "declaration") ?? ""),
  };
}

/**
 * A date asked as three boxes (name-day, name-month, name-year): the boxes,
 * for the schema to check and join; undefined when all are blank. A single
 * YYYY-MM-DD field of that name is passed through as text.
 */
function date(fd: FormData, name: string): DateParts | string | undefined {
  if (!DATE_PARTS.some((part) => fd.has(`${name}-${part}`))) return text(fd, name);
  const parts = datePartsFromFormData(fd, name);
  return isBlankDate(parts) ? undefined : parts;
}

/** Trimmed text, or undefined for a blank or missing field. */
function text(fd: FormData, name: string): string | undefined {
  const value = fd.get(name);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

function numberOrUndefined(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/**
 * Blank means "not measured" (null). Accepts a decimal comma and a trailing
 * °C, which phones and patients add. Anything else is passed through as text
 * so the schema can say "Enter your temperature as a number".
 */
function temperature(value: string | undefined): number | string | null {
  if (value === undefined) return null;
  const cleaned = value.replace(/\s*°?\s*c$/i, "").replace(",", ".").trim();
  const parsed = Number(cleaned);
  return cleaned !== "" && Number.isFinite(parsed) ? parsed : value;
}
