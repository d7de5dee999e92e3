import type { Token } from "./tokenize";

// The shapes the free-text rules share, and how they look around a word.

/** A word of the note as the rules read it (see find-mentions.ts). */
export type Word = Token & { word: string; index: number };
/** A flagged run of words, by word index (inclusive). */
export type Hit = { from: number; to: number };
export type Rule = (words: Word[], text: string) => Hit[];

export const at = (words: Word[], i: number): string => words[i]?.word ?? "";
export const sameClause = (words: Word[], i: number, j: number): boolean =>
  words[i] !== undefined && words[j] !== undefined && words[i]!.clause === words[j]!.clause;
export const single = (i: number): Hit => ({ from: i, to: i });

/** Indexes of words within `reach` of i, in the same clause, nearest first. */
export function near(words: Word[], i: number, reach: number, direction: "before" | "after" | "both" = "both"): number[] {
  const found: number[] = [];
  for (let d = 1; d <= reach; d++) {
    if (direction !== "after" && sameClause(words, i, i - d)) found.push(i - d);
    if (direction !== "before" && sameClause(words, i, i + d)) found.push(i + d);
  }
  return found;
}

export function hasNear(words: Word[], i: number, reach: number, set: ReadonlySet<string>, direction: "before" | "after" | "both" = "both"): boolean {
  return near(words, i, reach, direction).some((j) => set.has(at(words, j)));
}
