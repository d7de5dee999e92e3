import type { ScreeningAnswers } from "./answers-schema";
import { assessScreening, type ScreeningAssessment } from "./assess-screening";
import { standingReasons } from "./standing-reasons";

// When a booking moves, its answers are read again against the new start.
// Pure: answers, when they were given, and the new start in; the outcome out.
// Only the rules measured to the procedure day (recent illness, COVID-19)
// can change; the others are measured from the day the patient answered,
// which a move does not change.

export type AnsweredSet = {
  answers: ScreeningAnswers;
  /** When the patient gave these answers: "today" for every rule measured from today. */
  answeredAt: Date;
  /** Reason codes a nurse has dismissed on these answers (e.g. free text "not respiratory"). */
  dismissedCodes?: readonly string[];
};

/** The assessment the answers give for a procedure starting at `newStart`. */
export function reassessForNewStart(set: AnsweredSet, newStart: Date, timeZone: string): ScreeningAssessment {
  return assessScreening(set.answers, { now: set.answeredAt, procedureStartsAt: newStart, timeZone });
}

/** The reasons that still stand once a nurse's dismissals are taken out. */
export function standingReasonCodes(assessment: ReasonCodes, dismissedCodes: readonly string[] = []): string[] {
  return standingReasons(assessment.reasons, dismissedCodes).map((reason) => reason.code);
}

/** An outcome as far as the move rules read it: its reason codes (fresh or stored). */
export type ReasonCodes = { reasons: readonly { code: string }[] };

export type StatusAfterMove = "FLAGGED" | "CONFIRMED" | null;

/**
 * What a move does to the booking's status, given each of its answer sets
 * assessed for the old start and for the new one (latest last). Null: no change.
 *
 * - A CONFIRMED booking is flagged when the latest answers give a reason for
 *   the new date that they did not give for the old one (an earlier date
 *   brought the procedure inside a recent-illness window). A reason the
 *   answers already gave was weighed by staff when they cleared the booking.
 * - A FLAGGED booking is cleared only when no answer set of the booking gives
 *   any standing reason for the new date: the flag could have been raised by
 *   any of them, and only a nurse may set aside a reason that still stands.
 * - Nothing else changes (postponed, cancelled… are not moved at all).
 */
export function statusAfterMove(
  status: string,
  sets: readonly { before: ReasonCodes; after: ReasonCodes; dismissedCodes?: readonly string[] }[],
): StatusAfterMove {
  const latest = sets.at(-1);
  if (!latest) return null;
  if (status === "CONFIRMED") {
    const before = new Set(standingReasonCodes(latest.before, latest.dismissedCodes));
    const raised = standingReasonCodes(latest.after, latest.dismissedCodes).some((code) => !before.has(code));
    return raised ? "FLAGGED" : null;
  }
  if (status === "FLAGGED") {
    const anyStanding = sets.some((set) => standingReasonCodes(set.after, set.dismissedCodes).length > 0);
    return anyStanding ? null : "CONFIRMED";
  }
  return null;
}
