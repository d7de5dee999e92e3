// How long a flagged booking has waited for review, in words a nurse can scan.

const MINUTE = 60_000;

/** "just now", "12 min", "3 h 5 min", "2 days 4 h". `now` is a parameter so tests can pin it. */
export function formatWaitedFor(since: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / MINUTE));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  const dayWord = days === 1 ? "day" : "days";
  return restHours === 0 ? `${days} ${dayWord}` : `${days} ${dayWord} ${restHours} h`;
}

export type FlagHistoryResponse = { outcome: "CLEAR" | "FLAGGED"; submittedAt: Date };

/**
 * When the booking started waiting for review: the first flagged response of
 * the latest unbroken run of flagged responses that came after the last staff
 * decision. A booking flagged at booking time and again at check-in has waited
 * since the first flag; one cleared by staff and flagged again waits anew.
 * Null when nothing flagged it (e.g. a booking flagged by hand).
 */
export function flaggedSince(responses: readonly FlagHistoryResponse[], lastDecisionAt: Date | null): Date | null {
  const ordered = [...responses]
    .filter((r) => !lastDecisionAt || r.submittedAt > lastDecisionAt)
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  let since: Date | null = null;
  for (const response of ordered) {
    if (response.outcome === "FLAGGED") since ??= response.submittedAt;
    else since = null;
  }
  return since;
}
