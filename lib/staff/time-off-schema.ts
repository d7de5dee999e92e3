import * as z from "zod";
import { isClinicDate } from "@/lib/availability/clinic-date";
import { clinicInstant, isWallTime } from "@/lib/availability/clinic-time";

export const TIME_OFF_REASON_MAX_LENGTH = 200;

// `abort: true` on the blank check: Zod 4 runs later checks after a failed
// one, so an empty field would get both "Enter…" and "…as a real date".
const dateField = (label: string) =>
  z.string({ error: `Enter the ${label}` }).trim().min(1, { error: `Enter the ${label}`, abort: true }).refine(isClinicDate, {
    error: `Enter the ${label} as a real date, YYYY-MM-DD`,
  });
const timeField = (label: string) =>
  z.string({ error: `Enter the ${label}` }).trim().min(1, { error: `Enter the ${label}`, abort: true }).refine(isWallTime, {
    error: `Enter the ${label} as HH:MM, e.g. 13:30`,
  });

/**
 * Time off as staff type it: clinic-local dates and times, turned into UTC
 * instants here (DST rule: clinicInstant). The end must be after the start
 * and the block must not start in the past; the same minute as `now` is
 * allowed, since a form only knows minutes.
 */
export function timeOffSchema(now: Date, timeZone: string) {
  const thisMinute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  return z
    .object({
      practitionerId: z.string({ error: "Choose a practitioner" }).trim().min(1, { error: "Choose a practitioner" }),
      startDate: dateField("start date"),
      startTime: timeField("start time"),
      endDate: dateField("end date"),
      endTime: timeField("end time"),
      reason: z
        .string()
        .trim()
        .max(TIME_OFF_REASON_MAX_LENGTH, { error: `Keep the reason to ${TIME_OFF_REASON_MAX_LENGTH} characters` })
        .default(""),
    })
    .transform((value, ctx) => {
      const startsAt = clinicInstant(value.startDate, value.startTime, timeZone);
      const endsAt = clinicInstant(value.endDate, value.endTime, timeZone);
      if (startsAt < thisMinute) {
        ctx.issues.push({ code: "custom", input: value.startTime, path: ["startTime"], message: "Choose a start that has not passed yet" });
      }
      if (endsAt <= startsAt) {
        ctx.issues.push({ code: "custom", input: value.endTime, path: ["endTime"], message: "The end must be after the start" });
      }
      return { practitionerId: value.practitionerId, reason: value.reason, startsAt, endsAt };
    });
}

export type TimeOffInput = z.output<ReturnType<typeof timeOffSchema>>;
