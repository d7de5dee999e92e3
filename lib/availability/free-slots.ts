import { tzOffset } from "@date-fns/tz";
import { addMilliseconds, addMinutes, isValid } from "date-fns";
import { addClinicDays, assertClinicDate } from "./clinic-date";
import { assertTimeZone, clinicToday, isFirstReadingOfClock } from "./clinic-time";
import {
  DEFAULT_HORIZON_DAYS,
  DEFAULT_MIN_NOTICE_HOURS,
  DEFAULT_STEP_MINUTES,
  SLOT_STEP_MINUTES,
} from "./constants";
import { holdIntervalFor, intervalsOverlap } from "./intervals";
import { openingWindowsOn } from "./opening-windows";
import type { ClinicDate, Interval, PractitionerSchedule, ProcedureTiming, Slot } from "./types";
import { ceilToGrid } from "./utc-grid";

export type ComputeFreeSlotsInput = {
  procedure: ProcedureTiming;
  practitioners: readonly PractitionerSchedule[];
  /** First clinic-local date to search, inclusive. */
  from: ClinicDate;
  /** Last clinic-local date to search, inclusive. */
  to: ClinicDate;
  timeZone: string;
  now: Date;
  minNoticeHours?: number;
  horizonDays?: number;
  stepMinutes?: number;
};

/**
 * Free start times, earliest first, one per distinct instant, each listing
 * every practitioner who could take it.
 *
 * A start is offered when the hold [start, start + duration + buffer):
 * - lies inside one opening window of the practitioner on that clinic date;
 * - overlaps none of their time off or busy holds (half-open, so a booking
 *   may start exactly when the previous hold ends);
 * - starts no earlier than now + minNoticeHours (an instant comparison);
 * - starts on a clinic date no later than clinic today + horizonDays. The
 *   horizon counts clinic dates, not instants: with 90 days the whole of day
 *   90 is offered (even hours after now + 90×24 h) and nothing on day 91.
 *
 * Starts are walked as real instants from each window's opening instant, so a
 * skipped clock time is never offered; in a repeated hour only the first
 * (daylight-time) pass is offered, so no clock time appears twice.
 */
export function computeFreeSlots(input: ComputeFreeSlotsInput): Slot[] {
  const {
    procedure,
    practitioners,
    from,
    to,
    timeZone,
    now,
    minNoticeHours = DEFAULT_MIN_NOTICE_HOURS,
    horizonDays = DEFAULT_HORIZON_DAYS,
    stepMinutes = DEFAULT_STEP_MINUTES,
  } = input;
  assertInput({ ...input, minNoticeHours, horizonDays, stepMinutes });

  const today = clinicToday(now, timeZone);
  const lastBookable = addClinicDays(today, horizonDays);
  // "YYYY-MM-DD" strings sort in date order. Skipping past days only saves
  // work; min notice already refuses anything before now.
  const firstDate = from > today ? from : today;
  const lastDate = to < lastBookable ? to : lastBookable;
  const earliestStart = addMilliseconds(now, minNoticeHours * 3_600_000);
  const holdMinutes = procedure.durationMinutes + procedure.bufferMinutes;

  // Time-zone conversions dominate the cost, and practitioners mostly share
  // hours: work out each distinct day's windows and starts once per call.
  const windowsByDay = new Map<string, Interval[]>();
  const startsByWindow = new Map<string, Date[]>();
  const hoursKeys = new Map(practitioners.map((p) => [p, p.weeklyHours.map((h) => `${h.weekday} ${h.opensAt}-${h.closesAt}`).join()]));

  const slotsByStart = new Map<number, Slot>();
  for (let date = firstDate; date <= lastDate; date = addClinicDays(date, 1)) {
    for (const practitioner of practitioners) {
      const blocked: Interval[] = [...practitioner.timeOff, ...practitioner.busy];
      const dayKey = `${date} ${hoursKeys.get(practitioner)}`;
      let windows = windowsByDay.get(dayKey);
      if (!windows) windowsByDay.set(dayKey, (windows = openingWindowsOn(date, practitioner.weeklyHours, timeZone)));
      for (const window of windows) {
        // Holds stay inside the window, so only blocks touching it matter.
        const blockedHere = blocked.filter((interval) => intervalsOverlap(window, interval));
        const windowKey = `${window.startsAt.getTime()}-${window.endsAt.getTime()}`;
        let starts = startsByWindow.get(windowKey);
        if (!starts) startsByWindow.set(windowKey, (starts = candidateStarts(window, stepMinutes, holdMinutes, timeZone)));
        for (const startsAt of starts) {
          if (startsAt < earliestStart) continue;
          const hold = holdIntervalFor(startsAt, procedure);
          if (blockedHere.some((interval) => intervalsOverlap(hold, interval))) continue;
          addPractitioner(slotsByStart, startsAt, procedure.durationMinutes, practitioner);
        }
      }
    }
  }
  return [...slotsByStart.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Real instants from the window's opening, on the slot grid, whose hold fits before closing. */
function candidateStarts(window: Interval, stepMinutes: number, holdMinutes: number, timeZone: string): Date[] {
  // Only a window that spans a clock change can contain a repeated clock time.
  const spansClockChange = tzOffset(timeZone, window.startsAt) !== tzOffset(timeZone, window.endsAt);
  const starts: Date[] = [];
  for (
    let startsAt = ceilToGrid(window.startsAt, SLOT_STEP_MINUTES);
    addMinutes(startsAt, holdMinutes) <= window.endsAt;
    startsAt = addMinutes(startsAt, stepMinutes)
  ) {
    if (spansClockChange && !isFirstReadingOfClock(startsAt, timeZone)) continue;
    starts.push(startsAt);
  }
  return starts;
}

function addPractitioner(
  slotsByStart: Map<number, Slot>,
  startsAt: Date,
  durationMinutes: number,
  practitioner: PractitionerSchedule,
): void {
  const key = startsAt.getTime();
  const slot = slotsByStart.get(key) ?? {
    startsAt,
    endsAt: addMinutes(startsAt, durationMinutes),
    practitioners: [],
  };
  // Overlapping windows on one day could offer the same start twice.
  if (!slot.practitioners.some((p) => p.id === practitioner.id)) {
    slot.practitioners.push({ id: practitioner.id, name: practitioner.name });
  }
  slotsByStart.set(key, slot);
}

function assertInput(input: Required<ComputeFreeSlotsInput>): void {
  const { procedure, from, to, timeZone, now, minNoticeHours, horizonDays, stepMinutes } = input;
  if (!Number.isInteger(procedure.durationMinutes) || procedure.durationMinutes <= 0) {
    throw new RangeError(`durationMinutes must be a positive whole number, got ${procedure.durationMinutes}`);
  }
  if (!Number.isInteger(procedure.bufferMinutes) || procedure.bufferMinutes < 0) {
    throw new RangeError(`bufferMinutes must be a whole number ≥ 0, got ${procedure.bufferMinutes}`);
  }
  // Off-grid steps would produce starts that do not map exactly onto claim cells.
  if (!Number.isInteger(stepMinutes) || stepMinutes <= 0 || stepMinutes % SLOT_STEP_MINUTES !== 0) {
    throw new RangeError(`stepMinutes must be a positive multiple of ${SLOT_STEP_MINUTES}, got ${stepMinutes}`);
  }
  if (!Number.isFinite(minNoticeHours) || minNoticeHours < 0) {
    throw new RangeError(`minNoticeHours must be ≥ 0, got ${minNoticeHours}`);
  }
  if (!Number.isInteger(horizonDays) || horizonDays < 0) {
    throw new RangeError(`horizonDays must be a whole number ≥ 0, got ${horizonDays}`);
  }
  if (!isValid(now)) throw new RangeError("now must be a valid Date");
  assertClinicDate(from, "from");
  assertClinicDate(to, "to");
  assertTimeZone(timeZone);
}
