// Page arithmetic for the staff lists (queue, audit trail).

export type PageWindow = { page: number; pageCount: number; pages: (number | "gap")[] };

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The page links to show: first, last, and two either side of the current
 * page, with gaps between; a nurse on page 40 of 400 can still jump anywhere.
 */
export function pageWindow(page: number, total: number, pageSize: number): PageWindow {
  const count = pageCount(total, pageSize);
  const wanted = new Set([1, count]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= count) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const pages: (number | "gap")[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1]! > 1) pages.push("gap");
    pages.push(p);
  });
  return { page, pageCount: count, pages };
}

/** A page after the last one (an old link, a hand-typed URL): say so rather than "nothing found". */
export function isPastTheEnd(page: number, total: number, pageSize: number): boolean {
  return total > 0 && page > pageCount(total, pageSize);
}
