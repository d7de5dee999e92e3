import { findRespiratoryMentions, type MentionSpan } from "./free-text/find-mentions";

export type { MentionSpan } from "./free-text/find-mentions";

export type RespiratoryMention = {
  matched: boolean;
  /** The flagged phrases, lower-cased, each once, in reading order (for messages). */
  terms: string[];
  /** Where each flagged phrase sits in the original text (for highlighting). */
  spans: MentionSpan[];
};

/**
 * Whether free text mentions a respiratory illness, and the words that did
 * (for staff to see). See free-text/find-mentions.ts for how, and decision 005 for why.
 */
export function mentionsRespiratoryIllness(text: string): RespiratoryMention {
  const spans = findRespiratoryMentions(text);
  const terms = [...new Set(spans.map((span) => span.text.toLowerCase().replace(/\s+/g, " ").replace(/[’ʼ`]/g, "'")))];
  return { matched: spans.length > 0, terms, spans };
}
