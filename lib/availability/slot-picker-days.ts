import { addClinicDays } from "./clinic-date";
import { formatClinicDate, formatClinicTime } from "./clinic-display";
import { groupSlotsByClinicDay } from "./group-slots";
import type { ClinicDate, Slot } from "./types";

/** Every day of [from, to] with its free times as the picker shows them, in clinic time. */
export function buildSlotPickerDays(range: { from: ClinicDate; to: ClinicDate }, slots: Slot[], timeZone: string) {
  const byDay = new Map(groupSlotsByClinicDay(slots, timeZone).map((d) => [d.date, d.slots]));
  const days = [];
  for (let date = range.from; date <= range.to; date = addClinicDays(date, 1)) {
    const heading = formatClinicDate(date, timeZone);
    days.push({
      date,
      heading,
      slots: (byDay.get(date) ?? []).map((slot) => {
        const time = formatClinicTime(slot.startsAt, timeZone);
        return { startsAt: slot.startsAt.toISOString(), time, label: `${time}, ${heading}` };
      }),
    });
  }
  return days;
}
