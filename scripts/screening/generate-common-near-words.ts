import { writeFileSync } from "node:fs";
import { computeCommonNearWords, renderCommonNearWords } from "./common-near-words-source";

// Rewrites lib/screening/free-text/common-near-words.ts after the vocabulary changes.
const list = computeCommonNearWords();
writeFileSync("lib/screening/free-text/common-near-words.ts", renderCommonNearWords(list));
console.log(`${list.length} common words kept from being read as misspellings.`);
