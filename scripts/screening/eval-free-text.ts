import { MAX_FALSE_FLAG_RATE, REQUIRED_RECALL, evaluateFreeTextDetector } from "@/lib/screening/eval/evaluate";

// `npm run eval:screening`: how the free-text detector does on the labelled
// phrasings in lib/screening/eval/. Exits non-zero below the thresholds.
const result = evaluateFreeTextDetector();
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

console.log(`Free-text screening: ${result.positives} notes to flag, ${result.negatives} to leave alone`);
console.log(`Recall:          ${percent(result.recall)} (required ${percent(REQUIRED_RECALL)})`);
console.log(`False-flag rate: ${percent(result.falseFlagRate)} (at most ${percent(MAX_FALSE_FLAG_RATE)})`);
if (result.misses.length > 0) {
  console.log(`\nMissed (${result.misses.length}):`);
  for (const text of result.misses) console.log(`  - ${JSON.stringify(text)}`);
}
if (result.falseFlags.length > 0) {
  console.log(`\nFlagged but should not be (${result.falseFlags.length}):`);
  for (const { text, terms } of result.falseFlags) console.log(`  - ${JSON.stringify(text)} → ${terms.join(", ")}`);
}
const ok = result.recall >= REQUIRED_RECALL && result.falseFlagRate <= MAX_FALSE_FLAG_RATE;
process.exitCode = ok ? 0 : 1;
