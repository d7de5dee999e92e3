import { createEvent } from "ics";

export type CalendarBooking = {
  id: string;
  reference: string;
  procedureName: string;
  practitionerName: string;
  startsAt: Date;
  endsAt: Date;
  /** Booking.version: calendars replace an event when its SEQUENCE goes up. */
  version: number;
  cancelled?: boolean;
};

export type CalendarClinic = { name: string; address: string; phone: string };

/**
 * The booking as an iCalendar file. Times are written in UTC ("…Z"), so every
 * calendar app shows the right local time whatever zone the patient's device
 * is in — no VTIMEZONE block to get wrong. One UID per booking, so a moved or
 * cancelled booking updates the same calendar entry. A cancelled booking is
 * sent as METHOD:CANCEL (RFC 5546) with the same UID and the booking's new,
 * higher version as SEQUENCE, which is what makes calendars remove the event;
 * PUBLISH with STATUS:CANCELLED is ignored or kept by many of them.
 */
export function bookingCalendarFile(booking: CalendarBooking, clinic: CalendarClinic, now: Date): string {
  const attributes = {
    productId: "clinic-booking/ics",
    method: booking.cancelled ? "CANCEL" : "PUBLISH",
    uid: `${booking.id}@clinic-booking`,
    sequence: booking.version,
    // Not in ics's types, but supported: DTSTAMP from our `now`, not the library's clock.
    timestamp: now.getTime(),
    start: booking.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: booking.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: `${booking.procedureName} — ${clinic.name}`,
    description: [
      `Booking reference: ${booking.reference}`,
      `Procedure: ${booking.procedureName}`,
      `With: ${booking.practitionerName}`,
      clinic.phone ? `To change or cancel, phone ${clinic.phone}.` : "",
    ]
      .filter(Boolean)
      .join("\n"),
    location: [clinic.name, clinic.address].filter(Boolean).join(", "),
    status: booking.cancelled ? "CANCELLED" : "CONFIRMED",
    busyStatus: "BUSY",
  } as const;
  const { error, value } = createEvent(attributes as Parameters<typeof createEvent>[0]);
  if (error || !value) throw new Error(`Could not build the calendar file: ${error?.message ?? "no output"}`);
  return value;
}

/** The METHOD of a calendar file, for the email's matching Content-Type "method" parameter (RFC 6047). */
export function calendarMethodOf(icsContent: string): string {
  return /^METHOD:([A-Z-]+)\r?$/m.exec(icsContent)?.[1] ?? "PUBLISH";
}
