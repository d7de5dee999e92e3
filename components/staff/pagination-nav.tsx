import Link from "next/link";
import { pageWindow } from "@/lib/staff/pagination";

type Props = {
  page: number;
  total: number;
  pageSize: number;
  /** Builds the link to a page, keeping the current filters. */
  hrefFor: (page: number) => string;
  label?: string;
};

export function PaginationNav({ page, total, pageSize, hrefFor, label = "Pagination" }: Props) {
  const { pageCount, pages } = pageWindow(page, total, pageSize);
  if (pageCount <= 1) return null;
  const linkClass = "inline-block min-w-9 rounded border border-stone-300 px-3 py-1.5 text-center hover:bg-brand-50";
  return (
    <nav aria-label={label} className="no-print">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        <li>
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} className={linkClass} rel="prev">
              Previous<span className="sr-only"> page</span>
            </Link>
          ) : (
            <span className="inline-block px-3 py-1.5 text-stone-600" aria-hidden="true">Previous</span>
          )}
        </li>
        {pages.map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-current={p === page ? "page" : undefined}
                aria-label={`Page ${p}`}
                className={`${linkClass} aria-[current=page]:bg-brand-700 aria-[current=page]:text-white`}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link href={hrefFor(page + 1)} className={linkClass} rel="next">
              Next<span className="sr-only"> page</span>
            </Link>
          ) : (
            <span className="inline-block px-3 py-1.5 text-stone-600" aria-hidden="true">Next</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
