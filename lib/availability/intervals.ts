import { addMinutes } from "date-fns";
import type { Interval, ProcedureTiming } from "./types";

/** Half-open overlap: [a, b) and [b, c) touch but do not overlap, so back-to-back is allowed. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** The time a booking holds: [start, start + duration + buffer). This is what `busy` and claims record. */
export function holdIntervalFor(startsAt: Date, procedure: ProcedureTiming): Interval {
  return {
    startsAt,
    endsAt: addMinutes(startsAt, procedure.durationMinutes + procedure.bufferMinutes),
  };
}
