// Which of a response's reasons still stand once a nurse has set some aside
// (free text "not respiratory"). The one rule for the queue's chips and CSV,
// the review page and re-assessment after a move. Pure.

type WithDismissals<D> = { id: string; reassessedFromId: string | null; dismissals: readonly D[] };

/**
 * A response's dismissals. They are kept on the answers first given, so a
 * re-assessment after a move carries those of the row it re-read; `rows` are
 * the booking's responses (the origin row is looked up among them).
 */
export function dismissalsOf<D>(row: WithDismissals<D>, rows: readonly WithDismissals<D>[]): D[] {
  const originId = row.reassessedFromId ?? row.id;
  const origin = originId === row.id ? undefined : rows.find((other) => other.id === originId);
  return [...row.dismissals, ...(origin?.dismissals ?? [])];
}

/** The reasons not set aside by a nurse. */
export function standingReasons<R extends { code: string }>(reasons: readonly R[], dismissedCodes: readonly string[] = []): R[] {
  return reasons.filter((reason) => !dismissedCodes.includes(reason.code));
}
