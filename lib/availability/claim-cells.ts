import { addMinutes } from "date-fns";
import { CLAIM_CELL_MINUTES } from "./constants";
import type { Interval } from "./types";
import { ceilToGrid, floorToGrid } from "./utc-grid";

/**
 * The 15-minute UTC cells a booking's hold [start, end + buffer) touches: from
 * its start floored to the grid up to its end ceiled to the grid. Booking code
 * writes one claim row per cell under a unique (practitionerId, cellStart)
 * index, so the database itself refuses a second booking over the same time.
 *
 * Why this is exact: two intervals that overlap always share a cell (the cell
 * holding any common instant). If both start on the grid — every slot from
 * computeFreeSlots does — a shared cell also proves an overlap, since each
 * interval then contains its cells' start instants. So on the grid, overlap ⇔
 * shared cell, and back-to-back bookings ([9:00, 9:50) then [10:00, …)) never
 * collide. Off-grid starts err towards refusing, never towards double booking.
 */
export function claimCellsFor(interval: Interval): Date[] {
  const { startsAt, endsAt } = interval;
  if (!(endsAt > startsAt)) {
    throw new RangeError("A claimed interval must end after it starts");
  }
  const cells: Date[] = [];
  const end = ceilToGrid(endsAt, CLAIM_CELL_MINUTES);
  for (let cell = floorToGrid(startsAt, CLAIM_CELL_MINUTES); cell < end; cell = addMinutes(cell, CLAIM_CELL_MINUTES)) {
    cells.push(cell);
  }
  return cells;
}
