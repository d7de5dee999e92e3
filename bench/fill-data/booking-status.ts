import { pickWeighted, type Random } from "./random";

export type BookingStatus = "CONFIRMED" | "FLAGGED" | "POSTPONED" | "CANCELLED" | "COMPLETED" | "NO_SHOW";

// Shares of all bookings; FLAGGED is scaled up among bookings that are
// screened at all, so about 5% of every booking ends up flagged.
const PAST: { value: BookingStatus; weight: number }[] = [
  { value: "COMPLETED", weight: 89.5 },
  { value: "NO_SHOW", weight: 2.5 },
  { value: "CANCELLED", weight: 3 },
  { value: "POSTPONED", weight: 2 },
  // Flagged and never reviewed: the old end of the staff queue.
  { value: "FLAGGED", weight: 3 },
];
const AHEAD: { value: BookingStatus; weight: number }[] = [
  { value: "CONFIRMED", weight: 84 },
  { value: "FLAGGED", weight: 10 },
  { value: "CANCELLED", weight: 3.5 },
  { value: "POSTPONED", weight: 2.5 },
];

/** `screenedShare` is the fraction of bookings whose procedure requires screening. */
export function statusPicker(screenedShare: number) {
  const scale = (table: typeof PAST) =>
    table.map((row) => (row.value === "FLAGGED" ? { ...row, weight: row.weight / Math.max(screenedShare, 0.01) } : row));
  const past = scale(PAST);
  const ahead = scale(AHEAD);
  return (isPast: boolean, screened: boolean, random: Random): BookingStatus => {
    const status = pickWeighted(random, isPast ? past : ahead);
    // Without a screening nothing can flag the booking.
    if (status === "FLAGGED" && !screened) return isPast ? "COMPLETED" : "CONFIRMED";
    return status;
  };
}
