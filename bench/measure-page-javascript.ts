// The JavaScript a browser downloads for a page: every <script src> under
// /_next/ in its HTML, summed raw and gzip-compressed.
import { gzipSync } from "node:zlib";

export type PageJavaScript =
  | { path: string; available: true; status: number; scripts: number; rawKb: number; gzipKb: number }
  | { path: string; available: false; status: number };

export async function measurePageJavaScript(origin: string, path: string, cookie?: string): Promise<PageJavaScript> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const page = await fetch(origin + path, { headers, redirect: "manual" });
  const html = await page.text();
  // A 404 is measured only when it is the point (the not-found page itself).
  if (!page.ok && !path.startsWith("/bench-missing-page")) return { path, available: false, status: page.status };

  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
    const src = match[1]!.replace(/&amp;/g, "&");
    if (src.startsWith("/_next/")) sources.add(src);
  }
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const response = await fetch(origin + src);
    const body = Buffer.from(await response.arrayBuffer());
    if (!response.ok) throw new Error(`${src} answered ${response.status}`);
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  return { path, available: true, status: page.status, scripts: sources.size, rawKb: kb(raw), gzipKb: kb(gzip) };
}

/** The booking page may ship at most this multiple of a bare page's JavaScript (gzip). */
export const BOOKING_PAGE_JAVASCRIPT_LIMIT = 1.25;

/** A problem when the booking page ships more than the limit allows beside the bare page, or could not be measured. */
export function bookingPageJavaScriptProblems(bare: PageJavaScript, booking: PageJavaScript): string[] {
  if (!bare.available || !booking.available) return [`page JavaScript: ${bare.available ? booking.path : bare.path} could not be measured (${bare.available ? booking.status : bare.status})`];
  const ratio = booking.gzipKb / bare.gzipKb;
  return ratio > BOOKING_PAGE_JAVASCRIPT_LIMIT
    ? [`page JavaScript: the booking page ships ${booking.gzipKb} KB gzip, ${ratio.toFixed(2)}× the bare page's ${bare.gzipKb} KB (limit ${BOOKING_PAGE_JAVASCRIPT_LIMIT}×)`]
    : [];
}
