import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { clinicDateOf } from "./clinic-time";
import type { ClinicDate, Slot } from "./types";

export type ClinicDaySlots = {
  date: ClinicDate;
  /** "Monday" */
  weekdayLabel: string;
  slots: Slot[];
};

/**
 * Slots grouped by the clinic date they start on, days and slots in time
 * order. Grouping uses the clinic zone, not the viewer's: 8:00 am in Auckland
 * is the previous evening in UTC but belongs to the Auckland day.
 */
export function groupSlotsByClinicDay(slots: readonly Slot[], timeZone: string): ClinicDaySlots[] {
  const days = new Map<ClinicDate, ClinicDaySlots>();
  const sorted = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (const slot of sorted) {
    const date = clinicDateOf(slot.startsAt, timeZone);
    let day = days.get(date);
    if (!day) {
      day = { date, weekdayLabel: format(slot.startsAt, "EEEE", { in: tz(timeZone) }), slots: [] };
      days.set(date, day);
    }
    day.slots.push(slot);
  }
  // Map keeps insertion order, which is already date order after the sort.
  return [...days.values()];
}
