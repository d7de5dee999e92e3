import "server-only";
import { db } from "@/lib/db/client";
import { getClinic } from "@/lib/clinic/clinic-data";
import { formatClinicDate } from "@/lib/availability";
import { latestScreeningOutcome } from "@/lib/screening/screening-data";
import { getCheckInOverview, type CheckInOverview } from "./check-in-data";
import type { BookingStatus } from "./lifecycle";
import { postponementLinks, rebookHref } from "./postponement-links";
import { suggestedDateFor } from "./suggested-date";

// Read-only: what the patient's booking page shows about screening.

export type BookingScreeningPanel = {
  checkIn: CheckInOverview;
  checkInHref: string;
  /** Present when the latest answers flagged a booking that is awaiting review. */
  advice: {
    reasons: { code: string; message: string; detail: string }[];
    earliestSuggestedDate: string | null;
    rescheduleHref: string | null;
    cancelHref: string | null;
  } | null;
};

/**
 * What the booking page shows about screening, for a booking whose ownership
 * the page has already checked (getBookingForUser). Reads outcomes and
 * reasons, never the answers. Null for procedures that need no screening.
 */
export async function getBookingScreeningPanel(
  booking: { id: string; status: BookingStatus; startsAt: Date; procedure: { requiresScreening: boolean } },
  now: Date,
): Promise<BookingScreeningPanel | null> {
  if (!booking.procedure.requiresScreening) return null;
  const [checkIn, latest, suggestedDate, clinic] = await Promise.all([
    getCheckInOverview(booking, now),
    latestScreeningOutcome(db, booking.id),
    suggestedDateFor(booking),
    getClinic(),
  ]);
  const flagged = booking.status === "FLAGGED" && latest?.outcome === "FLAGGED" ? latest : null;
  const links = flagged ? postponementLinks(booking, suggestedDate, now) : null;
  return {
    checkIn,
    checkInHref: `/bookings/${encodeURIComponent(booking.id)}/check-in`,
    advice:
      flagged && links
        ? {
            reasons: flagged.reasons,
            earliestSuggestedDate: suggestedDate
              ? formatClinicDate(suggestedDate, clinic.timeZone)
              : null,
            ...links,
          }
        : null,
  };
}

/**
 * The booking page's next step for a booking the clinic postponed: a link to
 * book a new time, from the date its health answers suggest (suggestedDateFor,
 * the same date the staff's postpone email names) if any.
 */
export async function getRebookLink(booking: { id: string; procedure: { slug: string } }): Promise<string> {
  return rebookHref(booking.procedure.slug, await suggestedDateFor(booking));
}
