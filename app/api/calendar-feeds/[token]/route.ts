import { calendarFeedForToken } from "@/lib/calendar-feed/calendar-feed-data";

// A practitioner's private calendar subscription: the token in the URL is
// the only credential (docs/decisions/016). Unknown and revoked tokens get
// the same plain 404, so the answer says nothing about which tokens exist.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ics = await calendarFeedForToken(token.replace(/\.ics$/, ""));
  if (ics === null) return new Response("Not found.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="clinic-bookings.ics"',
      // Private to whoever holds the link; calendars poll, so always fresh.
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
}
