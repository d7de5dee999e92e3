import { symptomWords } from "./mention-rules";
import * as V from "./vocabulary";
import { at, near, type Hit, type Word } from "./word-context";

// Finds that are let through after all: a vaccination or the pandemic, a
// negative test, childhood history, and a plain denial. Each is narrow on
// purpose — when unsure, the find stands and a nurse reads the note.

/** "flu jab", "covid booster", "vaccinated against the flu", "during covid": not an illness. */
export function isVaccineOrPandemic(words: Word[], hit: Hit): boolean {
  const span = words.slice(hit.from, hit.to + 1);
  if (!span.some((w) => V.VACCINE_PREVENTABLE.has(w.word)) || span.length > 2) return false;
  const after = near(words, hit.to, 2, "after").some((j) => V.VACCINE_WORDS.has(at(words, j)));
  const before = near(words, hit.from, 3, "before").some((j) => V.VACCINE_BEFORE.has(at(words, j)));
  return after || before;
}

/**
 * "had pneumonia as a child", "a fever years ago": an illness name in a
 * clause about childhood or years ago is history. Only the illness names —
 * a symptom word in the same clause still flags — and "weeks ago" is recent.
 */
export function isLongAgo(words: Word[], hit: Hit): boolean {
  const span = words.slice(hit.from, hit.to + 1);
  if (!span.every((w) => V.HISTORY_ILLNESSES.has(w.word) || w.word === "had" || w.word === "a" || w.word === "the")) return false;
  const clause = words.filter((w) => w.clause === words[hit.from]!.clause);
  const childhood = clause.some((w, k) => ["as", "was"].includes(w.word) && V.LONG_AGO.has(clause[k + 1]?.word ?? "") || (["as", "was"].includes(w.word) && clause[k + 1]?.word === "a" && V.LONG_AGO.has(clause[k + 2]?.word ?? "")));
  const yearsAgo = clause.some((w, k) => ["years", "decades"].includes(w.word) && clause[k + 1]?.word === "ago");
  return childhood || yearsAgo;
}

/** "tested negative for covid", "RAT was negative": the test word alone, nothing else in the clause. */
export function isNegativeTest(words: Word[], hit: Hit): boolean {
  const span = words.slice(hit.from, hit.to + 1);
  if (!span.every((w) => ["covid", "flu", "influenza", "corona", "coronavirus"].includes(w.word))) return false;
  const clause = words.filter((w) => w.clause === words[hit.from]!.clause);
  return clause.some((w) => w.word === "negative") && !clause.some((w) => w.word === "positive") && noUnsureMarkers(words);
}

/**
 * A plain denial: a part of the sentence that starts with "no", "not" or
 * "don't have", then nothing but symptom words and joining words ("no cough,
 * cold or fever", "I don't have a cough"), possibly continued after commas by
 * more symptom words ("no cough, cold or fever"). Anything that could mean
 * "not now, but lately" ("no cough now", "not anymore", "but"), anywhere in
 * the note, makes it unsure, and unsure flags.
 */
export function isDenied(words: Word[], hit: Hit): boolean {
  if (!noUnsureMarkers(words)) return false;
  const hitWord = words[hit.from]!;
  const segmentOf = (n: number) => words.filter((w) => w.segment === n);
  for (let n = hitWord.segment; n >= 0; n--) {
    const part = segmentOf(n);
    if (part.length === 0 || part[0]!.clause !== hitWord.clause) return false;
    const negator = part.findIndex((w) => V.NEGATORS.has(w.word));
    if (negator === -1) {
      if (!part.every((w) => LIST_JOINERS.has(w.word) || isSymptomish(w.word))) return false;
      continue;
    }
    if (n === hitWord.segment && part[negator]!.index > hit.from) return false;
    return part.every((w, k) => k === negator || V.NEGATION_FILLERS.has(w.word) || V.NEGATORS.has(w.word) || isSymptomish(w.word));
  }
  return false;
}

const LIST_JOINERS = new Set(["or", "and", "nor", "no", "any", "a", "an", "the"]);

function isSymptomish(word: string): boolean {
  return (
    symptomWords.has(word) ||
    V.COLD_WORDS.includes(word) ||
    V.NOSE_WORDS.has(word) ||
    V.NOSE_SYMPTOMS.has(word) ||
    V.THROAT_WORDS.has(word) ||
    V.THROAT_SYMPTOMS.has(word) ||
    V.TEMPERATURE_WORDS.has(word) ||
    ["sick", "ill", "respiratory"].includes(word)
  );
}

function noUnsureMarkers(words: Word[]): boolean {
  return !words.some((w) => V.UNSURE_MARKERS.has(w.word));
}

