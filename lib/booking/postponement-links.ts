import { hasPatientNotice } from "@/lib/booking/lifecycle";

// Where the advice to postpone sends a patient. Pure, so the confirmation
// page and the check-in page link to the same places.

export type PostponementLinks = {
  /** The reschedule page, opening on the week of the earliest suggested date; null once the booking can no longer be moved online. */
  rescheduleHref: string | null;
  cancelHref: string | null;
};

export function postponementLinks(
  booking: { id: string; startsAt: Date },
  earliestSuggestedDate: string | null,
  now: Date,
): PostponementLinks {
  // Patients may move or cancel online only up to 24 hours ahead (booking lifecycle).
  if (!hasPatientNotice(booking.startsAt, now)) return { rescheduleHref: null, cancelHref: null };
  const base = `/bookings/${encodeURIComponent(booking.id)}`;
  return {
    rescheduleHref: earliestSuggestedDate ? `${base}/reschedule?week=${earliestSuggestedDate}` : `${base}/reschedule`,
    cancelHref: `${base}/cancel`,
  };
}

/**
 * Where a patient books a new time for a booking the clinic postponed: the
 * procedure's slot picker, opening on the week of the date the latest health
 * answers suggested, else on its first bookable week.
 */
export function rebookHref(procedureSlug: string, earliestSuggestedDate: string | null): string {
  const picker = `/procedures/${encodeURIComponent(procedureSlug)}`;
  return earliestSuggestedDate ? `${picker}?week=${earliestSuggestedDate}` : picker;
}
