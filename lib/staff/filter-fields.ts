import * as z from "zod";
import { clinicDaysBetween, isClinicDate } from "@/lib/availability/clinic-date";
import { clinicDateSchema } from "@/lib/availability/slot-query-schema";

// Small field schemas shared by the staff filters (queue, audit, day list).
// Query strings and forms send "" for an untouched field: that means "not set".
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const clinicDateField = clinicDateSchema;

export const searchTextField = z.string().trim().max(100, { error: "Search for at most 100 characters" });

export const pageField = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "Page must be a whole number" })
    .int({ error: "Page must be a whole number" })
    .min(1, { error: "Page must be 1 or more" })
    .max(100_000, { error: "That page is out of range" })
    .default(1),
);

/**
 * For the queue and audit pages: a page number that cannot be read (`?page=-1`,
 * `?page=abc`) means page 1, since the pages have no field beside which to
 * show its message. The JSON and CSV APIs still refuse it with a 400.
 */
export function withReadablePage(raw: Record<string, string>): Record<string, string> {
  if (raw.page === undefined || pageField.safeParse(raw.page).success) return raw;
  const { page: _unreadable, ...rest } = raw;
  return rest;
}

/** Adds a field error on `to` when the range runs backwards. */
export function checkDateRange(ctx: z.core.ParsePayload<{ from?: string; to?: string }>) {
  const { from, to } = ctx.value;
  if (from && to && isClinicDate(from) && isClinicDate(to) && clinicDaysBetween(from, to) < 0) {
    ctx.issues.push({ code: "custom", input: to, path: ["to"], message: "The end date must be on or after the start date" });
  }
}
