import { reasonChipLabel } from "@/lib/staff/reason-chip-labels";

type Props = { reasons: { code: string; message?: string }[] };

// Short labels to scan a queue by. Where the full message is given (the
// audited review page) it is the chip's title and is read out to screen
// readers, so nothing is hidden from anyone; the queue passes codes only.
export function ReasonChips({ reasons }: Props) {
  if (reasons.length === 0) return <span className="text-stone-500">None recorded</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Reasons">
      {reasons.map((reason, i) => (
        <li
          key={`${reason.code}-${i}`}
          title={reason.message}
          className="rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900"
        >
          {reasonChipLabel(reason.code)}
          {reason.message ? <span className="sr-only">: {reason.message}</span> : null}
        </li>
      ))}
    </ul>
  );
}
