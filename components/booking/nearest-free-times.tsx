import Link from "next/link";

/** The free times nearest the one that has gone, each linking straight to its confirm step. */
export function NearestFreeTimes({ times }: { times: { href: string; label: string }[] }) {
  if (times.length === 0) return null;
  return (
    <section aria-labelledby="nearest-times-heading" className="space-y-2">
      <h2 id="nearest-times-heading" className="text-xl font-semibold">
        Nearest free times
      </h2>
      <ul className="flex flex-wrap gap-2">
        {times.map((time) => (
          <li key={time.href}>
            <Link href={time.href} className="inline-block rounded border border-brand-600 px-3 py-1.5 text-brand-700 hover:bg-brand-50">
              {time.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
