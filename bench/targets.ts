// The performance targets (issue #12), defined once: the report prints them
// beside the measured figures and the exit code follows from them.

/** Server CPU per request as a multiple of the floor's (GET /api/health, same run). */
export const CPU_TARGETS = [
  { key: "slots-week", label: "free slots, one week", maxRatio: 3 },
  { key: "book-distinct", label: "a booking (screening, claims, audit, email)", maxRatio: 6 },
  { key: "staff-queue-first-page", label: "staff queue, first page", maxRatio: 3 },
  { key: "staff-queue-search", label: "staff queue, filtered search", maxRatio: 3 },
] as const;

/** Peak resident memory of the server's process tree under the bench. */
export const PEAK_RSS_MB = 250;

/** The booking page's gzipped JavaScript as a multiple of a bare page of the same build. */
export const PAGE_JAVASCRIPT_RATIO = 1.25;

/** At 1 000 000 bookings, slots and booking cost may grow by at most this share of the 100 000 figure. */
export const HISTORY_GROWTH = 0.2;
/** The scenarios whose cost must not grow with history. */
export const HISTORY_KEYS = ["slots-week", "book-distinct"] as const;

/**
 * How far a CPU ratio may exceed its target before the run fails. The floor is
 * measured twice in every run (first and last scenario); the relative gap
 * between the two is this run's noise. The tolerance is that gap, but never
 * below MIN and never above MAX: a run noisier than MAX fails rather than pass
 * on noise. Memory and page JavaScript have no tolerance (the first is capped
 * by the start flags, the second is the same bytes every run).
 */
export const NOISE_TOLERANCE = { min: 0.1, max: 0.2 } as const;

export function toleranceFor(floorSpread: number | null): number {
  if (floorSpread === null || !Number.isFinite(floorSpread)) return NOISE_TOLERANCE.max;
  return Math.min(NOISE_TOLERANCE.max, Math.max(NOISE_TOLERANCE.min, floorSpread));
}

/** Relative gap between two measurements of the same thing: |a − b| / mean. */
export function relativeSpread(a: number, b: number): number {
  const mean = (a + b) / 2;
  return mean > 0 ? Math.abs(a - b) / mean : 0;
}

export type TargetVerdict = {
  target: string;
  /** What was measured, in the unit of `limit`. */
  measured: number | null;
  limit: number;
  /** The limit with this run's tolerance applied: above it, the run fails. */
  failsAbove: number;
  /** "within noise": above the limit but not by more than this run's tolerance. */
  status: "pass" | "within noise" | "FAIL" | "not measured";
  note?: string;
};

/** A measured value against its limit; `null` (not measured: the route is not built yet) does not fail the run. */
export function verdict(target: string, measured: number | null, limit: number, tolerance: number, note?: string): TargetVerdict {
  const failsAbove = round(limit * (1 + tolerance));
  const status = measured === null ? "not measured" : measured <= limit ? "pass" : measured <= failsAbove ? "within noise" : "FAIL";
  return { target, measured, limit, failsAbove, status, ...(note ? { note } : {}) };
}

const round = (n: number) => Math.round(n * 100) / 100;
