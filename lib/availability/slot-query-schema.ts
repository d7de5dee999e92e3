import * as z from "zod";
import { clinicDaysBetween, isClinicDate } from "./clinic-date";

/** Longest range, in days counting both ends, one request may ask for. */
export const MAX_SLOT_QUERY_DAYS = 31;

const REAL_DATE_MESSAGE = "Enter a real date as YYYY-MM-DD";

// Queries do day arithmetic around the date (the next day, a day either side):
// at 9999-12-31 that runs past four-digit years, so far dates are refused here.
const EARLIEST_QUERY_DATE = "1900-01-01";
const LATEST_QUERY_DATE = "2999-12-31";

/**
 * A real calendar date written "YYYY-MM-DD" (2026-02-30 is refused), between
 * 1900 and 2999. Shared by the slots API and the staff filters.
 */
export const clinicDateSchema = z
  .string({ error: REAL_DATE_MESSAGE })
  .trim()
  .refine(isClinicDate, { error: REAL_DATE_MESSAGE, abort: true })
  .refine((date) => date >= EARLIEST_QUERY_DATE && date <= LATEST_QUERY_DATE, {
    error: "Enter a date between the years 1900 and 2999",
  });

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD`: clinic-local dates, inclusive. */
export const slotQuerySchema = z
  .object({ from: clinicDateSchema, to: clinicDateSchema })
  .check((ctx) => {
    const { from, to } = ctx.value;
    // Refinement failures do not stop object checks; compare only real dates.
    if (!isClinicDate(from) || !isClinicDate(to)) return;
    const days = clinicDaysBetween(from, to) + 1;
    if (days < 1) {
      ctx.issues.push({
        code: "custom",
        input: to,
        path: ["to"],
        message: "The end date must be on or after the start date",
      });
    } else if (days > MAX_SLOT_QUERY_DAYS) {
      ctx.issues.push({
        code: "custom",
        input: to,
        path: ["to"],
        message: `Ask for at most ${MAX_SLOT_QUERY_DAYS} days at a time`,
      });
    }
  });

export type SlotQuery = z.infer<typeof slotQuerySchema>;
