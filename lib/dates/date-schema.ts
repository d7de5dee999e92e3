// Dates people know as Zod schemas, for the server action and the API: the
// three boxes' rules (date-parts.ts) behind one parser.
import * as z from "zod";
import { checkDateParts, isBlankDate, type DatePart, type DateParts, type DateRules } from "./date-parts";

/** An ISO date as boxes; anything else that is not boxes is treated as unreadable text in the day box. */
function toParts(input: unknown): DateParts | null {
  if (input === undefined || input === null || input === "") return null;
  if (typeof input === "string") {
    const iso = /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/.exec(input.trim());
    return iso ? { year: iso[1]!, month: iso[2]!, day: iso[3]! } : { day: input, month: "?", year: "?" };
  }
  if (typeof input === "object") {
    const record = input as Record<string, unknown>;
    const read = (part: DatePart) => (typeof record[part] === "string" || typeof record[part] === "number" ? String(record[part]) : "");
    return { day: read("day"), month: read("month"), year: read("year") };
  }
  return { day: "?", month: "?", year: "?" };
}

/**
 * A date as a Zod schema: takes "YYYY-MM-DD" (the API) or `{ day, month, year }`
 * (the form's boxes) and gives "YYYY-MM-DD", or the rules' message.
 */
export function dateSchema(rules: DateRules) {
  return z.unknown().transform((input, ctx): string => {
    const parts = toParts(input) ?? { day: "", month: "", year: "" };
    const result = checkDateParts(parts, rules);
    if (result.ok) return result.iso;
    ctx.addIssue({ code: "custom", message: result.message, input });
    return z.NEVER;
  });
}

/** As dateSchema, but blank (all boxes empty, or nothing sent) is `undefined` rather than an error. */
export function optionalDateSchema(rules: DateRules) {
  return z.unknown().transform((input, ctx): string | undefined => {
    const parts = toParts(input);
    if (parts === null || isBlankDate(parts)) return undefined;
    const result = checkDateParts(parts, rules);
    if (result.ok) return result.iso;
    ctx.addIssue({ code: "custom", message: result.message, input });
    return z.NEVER;
  });
}

