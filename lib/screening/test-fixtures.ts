import { TZDate } from "@date-fns/tz";

// Shared by the screening tests only.

export const AUCKLAND = "Pacific/Auckland";

export { wellAnswers } from "./well-answers";

/** The instant of a wall-clock time in Auckland, e.g. at("2025-06-15", "09:00"). */
export function at(day: string, time = "12:00", timeZone = AUCKLAND): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, date, hours, minutes, timeZone).getTime());
}
