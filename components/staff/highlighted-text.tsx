/**
 * The patient's own words with the phrases that raised a flag in <mark>.
 * Screen readers are told where a flagged phrase starts and ends, so the
 * highlight does not rest on colour alone.
 */
export function HighlightedText({ text, spans }: { text: string; spans: readonly { start: number; end: number }[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [i, span] of [...spans].sort((a, b) => a.start - b.start).entries()) {
    if (span.start < at) continue;
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={i} className="rounded bg-amber-200 px-0.5 font-semibold text-stone-900">
        <span className="sr-only">[flagged: </span>
        {text.slice(span.start, span.end)}
        <span className="sr-only">]</span>
      </mark>,
    );
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <p className="whitespace-pre-wrap rounded border border-stone-300 bg-white p-3">{parts}</p>;
}
