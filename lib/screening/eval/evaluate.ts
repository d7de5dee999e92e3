import { mentionsRespiratoryIllness } from "../free-text-respiratory";
import { NEGATIVE_PHRASINGS } from "./negative-phrasings";
import { POSITIVE_PHRASINGS } from "./positive-phrasings";

// Measures the free-text detector on the labelled phrasings. Recall: the share
// of notes a nurse must read that were flagged. False-flag rate: the share of
// unrelated notes that were flagged anyway.

export type Evaluation = {
  positives: number;
  negatives: number;
  recall: number;
  falseFlagRate: number;
  /** Notes that should have flagged and did not. */
  misses: string[];
  /** Notes that flagged but should not have, with the words that did it. */
  falseFlags: { text: string; terms: string[] }[];
};

/** The thresholds the test suite holds the detector to. */
export const REQUIRED_RECALL = 1;
export const MAX_FALSE_FLAG_RATE = 0.05;

export function evaluateFreeTextDetector(
  positives: readonly string[] = POSITIVE_PHRASINGS,
  negatives: readonly string[] = NEGATIVE_PHRASINGS,
): Evaluation {
  const misses = positives.filter((text) => !mentionsRespiratoryIllness(text).matched);
  const falseFlags = negatives.flatMap((text) => {
    const { matched, terms } = mentionsRespiratoryIllness(text);
    return matched ? [{ text, terms }] : [];
  });
  return {
    positives: positives.length,
    negatives: negatives.length,
    recall: positives.length === 0 ? 1 : (positives.length - misses.length) / positives.length,
    falseFlagRate: negatives.length === 0 ? 0 : falseFlags.length / negatives.length,
    misses,
    falseFlags,
  };
}
