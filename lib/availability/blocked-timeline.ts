import type { Interval } from "./types";

/**
 * A practitioner's blocked time (time off and busy holds) as sorted,
 * disjoint spans of UTC epoch ms, so checking a start costs a step along the
 * list instead of a scan of every interval. Merging touching spans changes
 * nothing: with half-open intervals a hold overlaps [a, c) exactly when it
 * overlaps [a, b) or [b, c).
 */
export type BlockedTimeline = {
  /** Start of each merged span, ascending. */
  starts: number[];
  /** End of each merged span, ascending too (the spans are disjoint). */
  ends: number[];
  /**
   * Rows whose end is not after their start. They hold no time, but the
   * half-open overlap test still refuses a hold that strictly contains one,
   * so they are kept and checked the same way.
   */
  empty: { startMs: number; endMs: number }[];
};

export function blockedTimeline(intervals: readonly Interval[]): BlockedTimeline {
  const spans: [number, number][] = [];
  const empty: BlockedTimeline["empty"] = [];
  for (const interval of intervals) {
    const startMs = interval.startsAt.getTime();
    const endMs = interval.endsAt.getTime();
    if (endMs > startMs) spans.push([startMs, endMs]);
    else empty.push({ startMs, endMs });
  }
  spans.sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [startMs, endMs] of spans) {
    const last = ends.length - 1;
    if (last >= 0 && startMs <= ends[last]!) {
      if (endMs > ends[last]!) ends[last] = endMs;
    } else {
      starts.push(startMs);
      ends.push(endMs);
    }
  }
  return { starts, ends, empty };
}

/**
 * A checker for holds [startMs, endMs) asked in ascending order of start
 * (one window's starts): true when the hold overlaps no blocked time.
 */
export function isFreeFrom(timeline: BlockedTimeline): (startMs: number, endMs: number) => boolean {
  const { starts, ends, empty } = timeline;
  let next = 0;
  return (startMs, endMs) => {
    // The first span that ends after this start; earlier ones end before it.
    while (next < ends.length && ends[next]! <= startMs) next++;
    if (next < ends.length && starts[next]! < endMs) return false;
    for (const e of empty) if (startMs < e.endMs && e.startMs < endMs) return false;
    return true;
  };
}
