import { RESPIRATORY_PATTERNS } from "./respiratory-terms";

export type RespiratoryMention = { matched: boolean; terms: string[] };

/**
 * Whether free text mentions a respiratory illness, and the words that did
 * (for staff to see). See respiratory-terms.ts for what counts and why.
 */
export function mentionsRespiratoryIllness(text: string): RespiratoryMention {
  const normalized = normalize(text);
  const spans: { start: number; end: number }[] = [];
  for (const pattern of RESPIRATORY_PATTERNS) {
    for (const match of normalized.matchAll(pattern)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  // Overlapping hits ("a cold" + "cold last week") read best as one phrase;
  // report each phrase once, in reading order.
  spans.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const terms = [...new Set(merged.map(({ start, end }) => normalized.slice(start, end).trim()))];
  return { matched: terms.length > 0, terms };
}

function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, " ");
}
