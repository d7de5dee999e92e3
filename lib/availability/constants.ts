/**
 * Every offered start lies on this UTC grid. Real-world UTC offsets are all
 * whole quarter hours, so the grid is the same in clinic time.
 */
export const SLOT_STEP_MINUTES = 15;

/** Size of one claim cell; equal to the slot grid so aligned bookings map exactly onto cells. */
export const CLAIM_CELL_MINUTES = 15;

/** Default spacing between offered starts; must be a multiple of SLOT_STEP_MINUTES. */
export const DEFAULT_STEP_MINUTES = 30;

export const DEFAULT_MIN_NOTICE_HOURS = 24;

/** The last bookable clinic date is clinic today + this many days. */
export const DEFAULT_HORIZON_DAYS = 90;

/**
 * No hold lasts longer than this: a slot's hold lies inside one opening
 * window, a window inside one clinic date, and the longest clinic date is 25
 * hours (the day the clocks go back). Reads of the bookings that touch a
 * window use it as their lower bound, so their cost does not grow with the
 * clinic's history.
 */
export const LONGEST_HOLD_HOURS = 25;
