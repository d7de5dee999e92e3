// Shared builders for this folder's tests. Instants are written as ISO strings
// with an explicit offset, so expectations never lean on the code under test.
import { formatClinicTime } from "./clinic-display";
import type { Interval, PractitionerSchedule, Slot, WeeklyHours } from "./types";

export const ZONE = "Pacific/Auckland";

export function at(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Bad test instant ${iso}`);
  return date;
}

export function span(startsAt: string, endsAt: string): Interval {
  return { startsAt: at(startsAt), endsAt: at(endsAt) };
}

export function practitioner(
  overrides: Partial<PractitionerSchedule> & { weeklyHours: WeeklyHours[] },
): PractitionerSchedule {
  return { id: "aroha", name: "Dr Aroha Ngata", timeOff: [], busy: [], ...overrides };
}

/** Every day of the week with the same hours. */
export function everyDay(opensAt: string, closesAt: string): WeeklyHours[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensAt, closesAt }));
}

export const startsUtc = (slots: Slot[]) => slots.map((slot) => slot.startsAt.toISOString());
export const clockTimes = (slots: Slot[]) => slots.map((slot) => formatClinicTime(slot.startsAt, ZONE));
