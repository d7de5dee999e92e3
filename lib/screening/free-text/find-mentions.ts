import { RULES } from "./mention-rules";
import { isDenied, isLongAgo, isNegativeTest, isVaccineOrPandemic } from "./set-aside";
import { squeeze, tokenize, type Token } from "./tokenize";
import * as V from "./vocabulary";
import type { Hit, Word } from "./word-context";
import { readWord } from "./word-match";

// Finds the words in a patient's note that mention a respiratory illness.
// Pure: a note in, the flagged stretches of it out. The rules read words,
// not characters, so one rule covers every spelling the word matcher
// accepts. Bias (decision 005): a missed symptom is worse than an extra
// nurse review, so anything unsure flags and only clear other meanings
// (cold hands, hay fever, a flu jab, a crook knee) and plain denials ("no
// cough or cold") are let through.

/** A stretch of the original note, by character offsets (end exclusive). */
export type MentionSpan = { start: number; end: number; text: string };


const ALL_KNOWN = new Set<string>(
  [
    V.SYMPTOM_WORDS,
    V.COLD_WORDS,
    ...[
      V.NOT_THE_ILLNESS_AFTER_COLD,
      V.ILLNESS_BEFORE_COLD,
      V.TEMPERATURE_BEFORE_COLD,
      V.ILLNESS_AFTER_COLD,
      V.CATCHING_VERBS,
      V.GAP_BREAKERS,
      V.CAUGHT_NOUNS,
      V.NOSE_WORDS,
      V.NOSE_SYMPTOMS,
      V.THROAT_WORDS,
      V.THROAT_SYMPTOMS,
      V.BREATH_WORDS,
      V.BREATH_SYMPTOMS,
      V.CHEST_WORDS,
      V.CHEST_SYMPTOMS,
      V.SENSE_WORDS,
      V.SENSE_LOSS,
      V.ACHE_WORDS,
      V.UNWELL_WORDS,
      V.FEELING_WORDS,
      V.TEMPERATURE_WORDS,
      V.NEGATORS,
    ].map((set) => [...set]),
  ].flat(),
);

export function findRespiratoryMentions(text: string): MentionSpan[] {
  const words: Word[] = tokenize(text).map((token, index) => ({ ...token, index, word: wordFor(token) }));
  const hits = RULES.flatMap((rule) => rule(words, text));
  const kept = hits.filter(
    (hit) => !isDenied(words, hit) && !isVaccineOrPandemic(words, hit) && !isNegativeTest(words, hit) && !isLongAgo(words, hit),
  );
  return mergeSpans(text, words, kept);
}

const KNOWN_BY_SQUEEZED = new Map([...ALL_KNOWN].reverse().map((word) => [squeeze(word), word]));

/** The word the rules read. A word typed with a letter held down ("colddd") is read without the repeats. */
function wordFor(token: Token): string {
  const word = readWord(token.norm, ALL_KNOWN);
  if (word !== token.norm || !/(\p{L})\1{2,}/u.test(token.raw.toLowerCase())) return word;
  return KNOWN_BY_SQUEEZED.get(squeeze(token.norm)) ?? word;
}

/** Joins overlapping or touching hits into phrases, in reading order, as stretches of the original text. */
function mergeSpans(text: string, words: Word[], hits: Hit[]): MentionSpan[] {
  const sorted = [...hits].sort((a, b) => a.from - b.from || b.to - a.to);
  const merged: Hit[] = [];
  for (const hit of sorted) {
    const last = merged.at(-1);
    if (last && hit.from <= last.to) last.to = Math.max(last.to, hit.to);
    else merged.push({ ...hit });
  }
  return merged.map(({ from, to }) => {
    const start = words[from]!.start;
    const end = words[to]!.end;
    return { start, end, text: text.slice(start, end) };
  });
}
