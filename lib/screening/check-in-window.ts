import * as z from "zod";

// The pre-procedure check-in: when it opens and closes, and what state a
// booking's check-in is in. Pure (no database, no framework, no clock): the
// check-in page, the API, the reminder job and the staff day list all ask
// these functions with their own "now".

/** DESIGN.md: the check-in opens 72 hours before the start unless configured otherwise. */
export const DEFAULT_CHECK_IN_OPENS_HOURS = 72;

export const CHECK_IN_OPENS_HOURS_VARIABLE = "CHECK_IN_OPENS_HOURS";

const HOUR_MS = 60 * 60 * 1000;

// Whole hours from 1 to 14 days: a longer window would collect answers too
// early to say anything about the day of the procedure.
const opensHoursSchema = z.coerce
  .number()
  .int("must be a whole number of hours")
  .min(1, "must be at least 1 hour")
  .max(14 * 24, "must be at most 336 hours (14 days)");

/**
 * The one place CHECK_IN_OPENS_HOURS is read. Takes the environment as a
 * parameter (the app and the reminder job pass process.env); blank or unset
 * means the default, and a wrong value fails loudly with the variable's name.
 */
export function checkInOpensHoursFrom(env: Record<string, string | undefined>): number {
  const raw = env[CHECK_IN_OPENS_HOURS_VARIABLE]?.trim();
  if (raw === undefined || raw === "") return DEFAULT_CHECK_IN_OPENS_HOURS;
  const parsed = opensHoursSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `Invalid environment: ${CHECK_IN_OPENS_HOURS_VARIABLE} ${parsed.error.issues[0]?.message ?? "is not valid"} (got "${raw}")`,
    );
  }
  return parsed.data;
}

export type CheckInWindow = {
  /** The first instant answers are accepted (inclusive). */
  opensAt: Date;
  /** The procedure's start: from then on it is too late to check in (exclusive). */
  closesAt: Date;
};

export function checkInWindow(startsAt: Date, opensHours: number = DEFAULT_CHECK_IN_OPENS_HOURS): CheckInWindow {
  return { opensAt: new Date(startsAt.getTime() - opensHours * HOUR_MS), closesAt: startsAt };
}

export type CheckInTiming = "NOT_YET_OPEN" | "OPEN" | "CLOSED";

/** Exactly `opensHours` before the start is open; the start itself is closed. */
export function checkInTiming(startsAt: Date, now: Date, opensHours: number = DEFAULT_CHECK_IN_OPENS_HOURS): CheckInTiming {
  const { opensAt, closesAt } = checkInWindow(startsAt, opensHours);
  if (now.getTime() < opensAt.getTime()) return "NOT_YET_OPEN";
  if (now.getTime() >= closesAt.getTime()) return "CLOSED";
  return "OPEN";
}

export type CheckInState = "NOT_YET_OPEN" | "DUE" | "CLEAR" | "FLAGGED";

/** The least a response needs to carry for the check-in state (no answers). */
export type CheckInResponse = {
  kind: "BOOKING" | "PRE_PROCEDURE";
  outcome: "CLEAR" | "FLAGGED";
  submittedAt: Date;
  /** The start the answers were assessed for; when known, it must be this start. */
  assessedForStart?: Date | null;
  /** When the patient answered, if not submittedAt (a re-assessment after a move). */
  answeredAt?: Date;
  id?: string;
  /** A re-assessment names the row first answered; its submittedAt is when the patient answered. */
  reassessedFromId?: string | null;
};

function answeredAtOf(response: CheckInResponse, all: readonly CheckInResponse[]): Date {
  if (response.answeredAt) return response.answeredAt;
  if (response.reassessedFromId) {
    // Unknown original: treat as answered long ago, so it never passes for a fresh check-in.
    return all.find((other) => other.id === response.reassessedFromId)?.submittedAt ?? new Date(0);
  }
  return response.submittedAt;
}

/**
 * The latest response that counts as this start's check-in, or undefined.
 * Either kind counts when it was submitted on or after this window opened:
 * health questions answered while booking inside the window are the check-in
 * (the patient is not asked twice). Answers from before the window opened —
 * at booking, or a check-in for an earlier date of a booking since moved
 * later — were given too far ahead to speak for the day. A response counts
 * only for the start it was assessed for (`assessedForStart`); after a move,
 * the re-assessment row stands for the new start with the time the patient
 * first answered.
 */
export function latestCheckIn<R extends CheckInResponse>(
  booking: { startsAt: Date },
  responses: readonly R[],
  now: Date,
  opensHours: number = DEFAULT_CHECK_IN_OPENS_HOURS,
): R | undefined {
  const { opensAt } = checkInWindow(booking.startsAt, opensHours);
  return responses
    .filter(
      (response) =>
        // Assessed for this start (a row for a start the booking has since left never counts)…
        (response.assessedForStart == null || response.assessedForStart.getTime() === booking.startsAt.getTime()) &&
        // …and answered once this start's window had opened.
        answeredAtOf(response, responses).getTime() >= opensAt.getTime() &&
        response.submittedAt.getTime() <= now.getTime(),
    )
    .reduce<R | undefined>(
      (found, response) =>
        found === undefined || response.submittedAt.getTime() >= found.submittedAt.getTime() ? response : found,
      undefined,
    );
}

/**
 * Where a booking's pre-procedure check-in stands:
 * - NOT_YET_OPEN before the window opens;
 * - DUE once it is open and nothing has been answered in this window —
 *   and still DUE after the start, so the staff day list shows who never did it;
 * - CLEAR or FLAGGED: the outcome of the latest answers given in the window
 *   (see latestCheckIn: booking-time answers given inside the window count).
 */
export function checkInState(
  booking: { startsAt: Date },
  responses: readonly CheckInResponse[],
  now: Date,
  opensHours: number = DEFAULT_CHECK_IN_OPENS_HOURS,
): CheckInState {
  if (checkInTiming(booking.startsAt, now, opensHours) === "NOT_YET_OPEN") return "NOT_YET_OPEN";
  return latestCheckIn(booking, responses, now, opensHours)?.outcome ?? "DUE";
}
