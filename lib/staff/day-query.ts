import * as z from "zod";
import { addClinicDays } from "@/lib/availability/clinic-date";
import { clinicToday } from "@/lib/availability/clinic-time";
import { clinicDateField, optional } from "./filter-fields";

/** `?date=YYYY-MM-DD` for the day list; blank means the clinic's today. */
export const dayQuerySchema = z.object({ date: optional(clinicDateField) });

export function dayOrToday(date: string | undefined, now: Date, timeZone: string): string {
  return date ?? clinicToday(now, timeZone);
}

export function neighbouringDays(date: string): { previous: string; next: string } {
  return { previous: addClinicDays(date, -1), next: addClinicDays(date, 1) };
}
