import { tzOffset } from "@date-fns/tz";
import { isValid } from "date-fns";
import { addClinicDays, assertClinicDate } from "./clinic-date";
import { clinicDayClocks, steadyInstantMs, type ClinicDayClock } from "./clinic-day-clock";
import { assertTimeZone, clinicToday, isFirstReadingOfClock } from "./clinic-time";
import {
  DEFAULT_HORIZON_DAYS,
  DEFAULT_MIN_NOTICE_HOURS,
  DEFAULT_STEP_MINUTES,
  SLOT_STEP_MINUTES,
} from "./constants";
import { blockedTimeline, isFreeFrom } from "./blocked-timeline";
import { assertValidHours, END_OF_DAY, openingWindowsOn } from "./opening-windows";
import type { ClinicDate, PractitionerSchedule, ProcedureTiming, Slot, WeeklyHours } from "./types";

const MINUTE_MS = 60_000;
const GRID_MS = SLOT_STEP_MINUTES * MINUTE_MS;

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
  /**
   * Only this start is asked about (is it offered, and with whom?): no other
   * start is worked out, so the answer is that slot alone or nothing.
   */
  onlyStart?: Date;
};

/** An opening window as UTC epoch milliseconds, [startMs, endMs). */
type WindowMs = { startMs: number; endMs: number };

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
 *
 * The work is in two steps: `computeOpenSlots` (everything that does not
 * depend on the time of asking) and `offeredAt` (notice and horizon), so the
 * first step's answer can be kept while the schedules it came from are
 * unchanged.
 */
export function computeFreeSlots(input: ComputeFreeSlotsInput): Slot[] {
  const {
    now,
    minNoticeHours = DEFAULT_MIN_NOTICE_HOURS,
    horizonDays = DEFAULT_HORIZON_DAYS,
    stepMinutes = DEFAULT_STEP_MINUTES,
  } = input;
  assertInput({ now, minNoticeHours, horizonDays });
  return offeredAt(computeOpenSlots({ ...input, stepMinutes }), { now, timeZone: input.timeZone, minNoticeHours, horizonDays });
}

/** A start the schedules allow, whatever the time of asking, with its clinic date. */
export type OpenSlot = { date: ClinicDate; slot: Slot };

export type OpenSlotsInput = Pick<ComputeFreeSlotsInput, "procedure" | "practitioners" | "from" | "to" | "timeZone" | "stepMinutes" | "onlyStart">;

/**
 * Every start on clinic dates [from, to] that fits the practitioners' hours
 * and is clear of their time off and holds, earliest first, before notice and
 * horizon are applied. The slots are frozen: a kept answer is shared.
 */
export function computeOpenSlots(input: OpenSlotsInput): OpenSlot[] {
  const { procedure, practitioners, from, to, timeZone, stepMinutes = DEFAULT_STEP_MINUTES, onlyStart } = input;
  assertTiming(procedure, stepMinutes);
  assertClinicDate(from, "from");
  assertClinicDate(to, "to");
  assertTimeZone(timeZone);
  const holdMs = (procedure.durationMinutes + procedure.bufferMinutes) * MINUTE_MS;
  const durationMs = procedure.durationMinutes * MINUTE_MS;
  const stepMs = stepMinutes * MINUTE_MS;
  const onlyMs = onlyStart?.getTime();

  // Plain numbers throughout: each date's clock is worked out once, each
  // distinct set of hours turned into windows once per date, each window's
  // starts once, and every blocked span is swept in order instead of
  // scanned per start. Practitioners mostly share hours.
  const windowsByDay = new Map<string, WindowMs[]>();
  const startsByWindow = new Map<string, number[]>();
  const schedules = practitioners.map((practitioner) => ({
    practitioner,
    hoursKey: practitioner.weeklyHours.map((h) => `${h.weekday} ${h.opensAt}-${h.closesAt}`).join(),
    blocked: blockedTimeline([...practitioner.timeOff, ...practitioner.busy]),
  }));

  const open: OpenSlot[] = [];
  if (from > to) return open;
  for (const day of clinicDayClocks(from, to, timeZone)) {
    const slotsByStart = new Map<number, Slot>();
    for (const { practitioner, hoursKey, blocked } of schedules) {
      const dayKey = `${day.date} ${hoursKey}`;
      let windows = windowsByDay.get(dayKey);
      if (!windows) windowsByDay.set(dayKey, (windows = openingWindowsMsOn(day, practitioner.weeklyHours, timeZone)));
      for (const window of windows) {
        const windowKey = `${window.startMs}-${window.endMs}`;
        let starts = startsByWindow.get(windowKey);
        if (!starts) startsByWindow.set(windowKey, (starts = candidateStarts(window, day, stepMs, holdMs, timeZone)));
        const isFree = isFreeFrom(blocked);
        for (const startMs of starts) {
          if (onlyMs !== undefined && startMs !== onlyMs) continue;
          if (!isFree(startMs, startMs + holdMs)) continue;
          addPractitioner(slotsByStart, startMs, durationMs, practitioner);
        }
      }
    }
    // A clinic date's windows lie inside it, so dates never share a start.
    const daySlots = [...slotsByStart.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    for (const slot of daySlots) open.push({ date: day.date, slot: freezeSlot(slot) });
  }
  return open;
}

/**
 * The open slots offered at `now`: on clinic dates from today to today +
 * horizonDays, starting no earlier than now + minNoticeHours.
 */
export function offeredAt(
  open: readonly OpenSlot[],
  rules: { now: Date; timeZone: string; minNoticeHours?: number; horizonDays?: number },
): Slot[] {
  const { now, timeZone, minNoticeHours = DEFAULT_MIN_NOTICE_HOURS, horizonDays = DEFAULT_HORIZON_DAYS } = rules;
  const today = clinicToday(now, timeZone);
  const lastBookable = addClinicDays(today, horizonDays);
  const earliestStartMs = now.getTime() + minNoticeHours * 3_600_000;
  const offered: Slot[] = [];
  // "YYYY-MM-DD" strings sort in date order.
  for (const { date, slot } of open) {
    if (date < today || date > lastBookable || slot.startsAt.getTime() < earliestStartMs) continue;
    offered.push(slot);
  }
  return offered;
}

function freezeSlot(slot: Slot): Slot {
  for (const p of slot.practitioners) Object.freeze(p);
  Object.freeze(slot.practitioners);
  return Object.freeze(slot);
}

/**
 * The day's opening windows, sorted by opening. A steady day (no clock
 * change) needs no time-zone work: the clinic's conversion rules are those
 * of `openingWindowsOn`, which the rare clock-change day still uses.
 */
function openingWindowsMsOn(day: ClinicDayClock, weeklyHours: readonly WeeklyHours[], timeZone: string): WindowMs[] {
  if (!day.steady) {
    return openingWindowsOn(day.date, weeklyHours, timeZone).map((w) => ({ startMs: w.startsAt.getTime(), endMs: w.endsAt.getTime() }));
  }
  // Check every row, not just today's, so a bad row fails on any day.
  weeklyHours.forEach(assertValidHours);
  return weeklyHours
    .filter((hours) => hours.weekday === day.weekday)
    .map((hours) => ({
      startMs: steadyInstantMs(day, hours.opensAt),
      endMs: hours.closesAt === END_OF_DAY ? day.endMs : steadyInstantMs(day, hours.closesAt),
    }))
    .sort((a, b) => a.startMs - b.startMs);
}

/** Real instants from the window's opening, on the slot grid, whose hold fits before closing. */
function candidateStarts(window: WindowMs, day: ClinicDayClock, stepMs: number, holdMs: number, timeZone: string): number[] {
  // Only a window that spans a clock change can contain a repeated clock time,
  // and only a day that is not steady has one.
  const spansClockChange =
    !day.steady && tzOffset(timeZone, new Date(window.startMs)) !== tzOffset(timeZone, new Date(window.endMs));
  const starts: number[] = [];
  for (let startMs = Math.ceil(window.startMs / GRID_MS) * GRID_MS; startMs + holdMs <= window.endMs; startMs += stepMs) {
    if (spansClockChange && !isFirstReadingOfClock(new Date(startMs), timeZone)) continue;
    starts.push(startMs);
  }
  return starts;
}

function addPractitioner(
  slotsByStart: Map<number, Slot>,
  startMs: number,
  durationMs: number,
  practitioner: PractitionerSchedule,
): void {
  let slot = slotsByStart.get(startMs);
  if (!slot) {
    slot = { startsAt: new Date(startMs), endsAt: new Date(startMs + durationMs), practitioners: [] };
    slotsByStart.set(startMs, slot);
  }
  // Overlapping windows on one day could offer the same start twice.
  if (!slot.practitioners.some((p) => p.id === practitioner.id)) {
    slot.practitioners.push({ id: practitioner.id, name: practitioner.name });
  }
}

function assertInput(input: { now: Date; minNoticeHours: number; horizonDays: number }): void {
  const { now, minNoticeHours, horizonDays } = input;
  if (!Number.isFinite(minNoticeHours) || minNoticeHours < 0) {
    throw new RangeError(`minNoticeHours must be ≥ 0, got ${minNoticeHours}`);
  }
  if (!Number.isInteger(horizonDays) || horizonDays < 0) {
    throw new RangeError(`horizonDays must be a whole number ≥ 0, got ${horizonDays}`);
  }
  if (!isValid(now)) throw new RangeError("now must be a valid Date");
}

function assertTiming(procedure: ProcedureTiming, stepMinutes: number): void {
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
}
