import { addClinicDays, isoWeekdayOf } from "@/lib/availability/clinic-date";
import { clinicInstant } from "@/lib/availability/clinic-time";
import type { ClinicDate } from "@/lib/availability/types";
import { pickWeighted, type Random } from "./random";
import type { WeeklyHours } from "./practitioners";

export type LayoutProcedure = { id: string; slug: string; durationMinutes: number; bufferMinutes: number; weight: number };
export type LayoutPractitioner = { id: string; procedures: LayoutProcedure[]; hours: WeeklyHours[] };
export type LaidOutBooking = {
  practitionerId: string;
  procedure: LayoutProcedure;
  startsAt: number;
  endsAt: number;
  blockedUntil: number;
  dayOffset: number;
};

const MINUTE = 60_000;
const GAP_MINUTES = 30;

/**
 * Walks each practitioner's opening hours day by day and places bookings back
 * to back on their own timeline, so no two ever overlap (a booking holds
 * [start, start + duration + buffer), as the app's claims do). At each free
 * point a booking is placed with probability `fillChance(dayOffset)`,
 * otherwise the time stays free for GAP_MINUTES.
 */
export function layOutBookings(input: {
  practitioners: LayoutPractitioner[];
  firstDay: ClinicDate;
  dayCount: number;
  timeZone: string;
  fillChance: (dayOffset: number) => number;
  random: Random;
}): LaidOutBooking[] {
  const { practitioners, firstDay, dayCount, timeZone, fillChance, random } = input;
  const instants = new Map<string, number>();
  const instant = (date: ClinicDate, time: string) => {
    const key = `${date} ${time}`;
    let value = instants.get(key);
    if (value === undefined) instants.set(key, (value = clinicInstant(date, time, timeZone).getTime()));
    return value;
  };

  const bookings: LaidOutBooking[] = [];
  for (let dayOffset = 0; dayOffset < dayCount; dayOffset++) {
    const date = addClinicDays(firstDay, dayOffset);
    const weekday = isoWeekdayOf(date);
    const chance = fillChance(dayOffset);
    for (const practitioner of practitioners) {
      const options = practitioner.procedures.map((p) => ({ value: p, weight: p.weight }));
      for (const window of practitioner.hours) {
        if (window.weekday !== weekday) continue;
        const close = instant(date, window.closesAt);
        let cursor = instant(date, window.opensAt);
        // Bounded: every pass moves the cursor forward by at least GAP_MINUTES.
        while (cursor < close) {
          if (random() >= chance) {
            cursor += GAP_MINUTES * MINUTE;
            continue;
          }
          const room = close - cursor;
          const holdOf = (p: LayoutProcedure) => (p.durationMinutes + p.bufferMinutes) * MINUTE;
          let procedure: LayoutProcedure | undefined = pickWeighted(random, options);
          if (holdOf(procedure) > room) {
            procedure = practitioner.procedures.filter((p) => holdOf(p) <= room).sort((a, b) => holdOf(a) - holdOf(b))[0];
          }
          if (!procedure) break;
          bookings.push({
            practitionerId: practitioner.id,
            procedure,
            startsAt: cursor,
            endsAt: cursor + procedure.durationMinutes * MINUTE,
            blockedUntil: cursor + holdOf(procedure),
            dayOffset,
          });
          cursor += Math.max(holdOf(procedure), GAP_MINUTES * MINUTE);
        }
      }
    }
  }
  return bookings;
}
