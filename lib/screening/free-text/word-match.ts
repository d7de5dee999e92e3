import damerauLevenshtein from "damerau-levenshtein";
import { COMMON_NEAR_WORDS } from "./common-near-words";
import { squeeze } from "./tokenize";
import { CONTEXT_NOUNS_FOR_MISSPELLING, SYMPTOM_WORDS } from "./vocabulary";

// Which known word a patient's word stands for, allowing for a slip of the
// keyboard. The distance is Damerau–Levenshtein (a swapped pair of letters,
// "cuogh", is one slip, as people make it), from the damerau-levenshtein
// package. How far a word may be off grows with its length, so short words
// are never stretched: "flu", "cold" and "sick" must be spelt right.

/** The words misspellings are matched to: the symptom words and a few nouns the rules read. */
export const MISSPELLING_TARGETS: readonly string[] = [...new Set([...SYMPTOM_WORDS, ...CONTEXT_NOUNS_FOR_MISSPELLING])];

/** Up to 4 letters: exact only. 5–7 letters: one slip. 8 or more: two. */
export function allowedSlips(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  return 2;
}

/** The number of slips between two words, counting doubled letters as one ("snifles" = "sniffles"). */
export function slipsBetween(word: string, target: string): number {
  return Math.min(damerauLevenshtein(word, target).steps, damerauLevenshtein(squeeze(word), squeeze(target)).steps);
}

/**
 * The target a word is a misspelling of, or null. A real English word is
 * taken at face value ("couch" is not "cough", "never" is not "fever"): only
 * words outside the common-word list are read as slips. Two slips also need
 * the first letter right.
 */
export function misspeltTarget(
  word: string,
  targets: readonly string[] = MISSPELLING_TARGETS,
  { ignoreCommonWords = false }: { ignoreCommonWords?: boolean } = {},
): string | null {
  if (word.length < 3 || !/^\p{L}+$/u.test(word)) return null;
  if (!ignoreCommonWords && COMMON_NEAR_WORDS.has(word)) return null;
  const squeezed = squeeze(word);
  let best: { target: string; slips: number } | null = null;
  for (const target of targets) {
    const limit = allowedSlips(target.length);
    if (limit === 0 && squeezed !== squeeze(target)) continue;
    // Cheap first: no word more letters away than allowed can be within reach.
    if (Math.abs(word.length - target.length) > limit && Math.abs(squeezed.length - squeeze(target).length) > limit) continue;
    const slips = slipsBetween(word, target);
    if (slips > limit) continue;
    if (slips === 2 && word[0] !== target[0]) continue;
    if (!best || slips < best.slips) best = { target, slips };
  }
  return best?.target ?? null;
}

const KNOWN = new Set(MISSPELLING_TARGETS);

/**
 * The word a rule should read: itself when known or ordinary, its "-ing" form
 * when the g was dropped ("coughin", "feelin"), or the symptom word it is a
 * misspelling of.
 */
export function readWord(norm: string, known: ReadonlySet<string>): string {
  if (known.has(norm) || KNOWN.has(norm)) return norm;
  if (norm.endsWith("in") && (known.has(`${norm}g`) || KNOWN.has(`${norm}g`))) return `${norm}g`;
  return misspeltTarget(norm) ?? norm;
}
