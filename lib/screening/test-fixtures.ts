import { TZDate } from "@date-fns/tz";
import type { ScreeningAnswers } from "./answers-schema";

// Shared by the screening tests only.

export const AUCKLAND = "Pacific/Auckland";

/** A patient who is well and has ticked everything needed. */
export function wellAnswers(overrides: Partial<ScreeningAnswers> = {}): ScreeningAnswers {
  return {
    version: 1,
    symptoms: ["none"],
    temperatureC: null,
    positiveTest: "no",
    closeContact: "no",
    recentIllness: "no",
    otherInfo: "",
    declaration: true,
    ...overrides,
  };
}

/** The instant of a wall-clock time in Auckland, e.g. at("2025-06-15", "09:00"). */
export function at(day: string, time = "12:00", timeZone = AUCKLAND): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, date, hours, minutes, timeZone).getTime());
}
