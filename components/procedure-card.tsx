import Link from "next/link";
import { formatDuration } from "@/lib/procedures/format-duration";

type Props = { slug: string; name: string; summary: string; durationMinutes: number };

export function ProcedureCard({ slug, name, summary, durationMinutes }: Props) {
  return (
    <li className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h3 className="text-lg font-semibold">
        <Link href={`/procedures/${slug}`} className="text-brand-700 underline-offset-4 hover:underline">
          {name}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-stone-600">{formatDuration(durationMinutes)}</p>
      <p className="mt-2">{summary}</p>
    </li>
  );
}
