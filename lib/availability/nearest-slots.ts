import type { Slot } from "./types";

/** The `count` slots closest in time to `around`, in time order. */
export function nearestSlots(slots: readonly Slot[], around: Date, count: number): Slot[] {
  const at = around.getTime();
  return [...slots]
    .filter((slot) => slot.startsAt.getTime() !== at)
    .sort((a, b) => Math.abs(a.startsAt.getTime() - at) - Math.abs(b.startsAt.getTime() - at))
    .slice(0, count)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
