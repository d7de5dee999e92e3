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
