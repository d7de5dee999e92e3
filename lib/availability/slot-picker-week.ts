import "server-only";
import { formatClinicDate, formatClinicTime } from "./clinic-display";
import { clinicDateOf } from "./clinic-time";
import { findFirstFreeSlot } from "./first-free-slot";
import { buildSlotPickerDays } from "./slot-picker-days";
import { findFreeSlots } from "./slot-data";
import { slotWeek } from "./slot-week";
import type { ClinicDate } from "./types";

/**
 * Everything a slot picker shows for one procedure: the first free time, the
 * week asked for (or else that first free time's week) and its days from the
 * first bookable one. `notBefore` hides earlier dates (a flagged booking's
 * suggested wait when rescheduling).
 */
export async function loadSlotPickerWeek(args: {
  slug: string;
  requestedWeek: string | undefined;
  now: Date;
  timeZone: string;
  notBefore?: ClinicDate | null;
}) {
  const { slug, requestedWeek, now, timeZone } = args;
  const notBefore = args.notBefore ?? undefined;
  const first = await findFirstFreeSlot(slug, now, timeZone, notBefore);
  const week = slotWeek(requestedWeek, now, timeZone, first ? clinicDateOf(first.startsAt, timeZone) : notBefore);
  const shown = { from: notBefore && notBefore > week.shownFrom ? notBefore : week.shownFrom, to: week.shownTo };
  const hasDays = shown.from <= shown.to;
  const free = hasDays ? await findFreeSlots(slug, shown, now) : null;
  const slots = (free?.slots ?? []).filter((slot) => !notBefore || clinicDateOf(slot.startsAt, timeZone) >= notBefore);
  const labelRange = hasDays ? shown : week;
  return {
    week,
    days: hasDays ? buildSlotPickerDays(shown, slots, timeZone) : [],
    weekLabel:
      labelRange.from === labelRange.to
        ? formatClinicDate(labelRange.from, timeZone)
        : `${formatClinicDate(labelRange.from, timeZone)} to ${formatClinicDate(labelRange.to, timeZone)}`,
    firstAvailable: first
      ? {
          startsAt: first.startsAt.toISOString(),
          text: `${formatClinicDate(first.startsAt, timeZone)} at ${formatClinicTime(first.startsAt, timeZone)}`,
        }
      : null,
  };
}
