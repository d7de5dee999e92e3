import { createEvents, type EventAttributes } from "ics";

// A practitioner's subscribed calendar, built fresh from current bookings on
// every request, so a moved or cancelled booking shows at the next refresh.
// Procedure and time only: no screening, no status that hints at health
// (a flagged booking looks like any other), and patient names only when the
// clinic chose that for this feed. Times in UTC, one stable UID per booking,
// SEQUENCE from Booking.version so calendars replace the old copy.

export type FeedBooking = {
  id: string;
  procedureName: string;
  startsAt: Date;
  endsAt: Date;
  version: number;
  patientName: string | null;
};

export type FeedInput = {
  practitionerName: string;
  clinic: { name: string; address: string };
  bookings: FeedBooking[];
  showPatientNames: boolean;
  now: Date;
};

export const feedEventUid = (bookingId: string) => `${bookingId}.practitioner-feed@clinic-booking`;

export function practitionerFeed(input: FeedInput): string {
  const events: EventAttributes[] = input.bookings.map((b) => {
    const title = input.showPatientNames && b.patientName ? `${b.procedureName} — ${b.patientName}` : b.procedureName;
    return {
      uid: feedEventUid(b.id),
      sequence: b.version,
      // Not in ics's types, but supported: DTSTAMP from our clock, not the library's.
      timestamp: input.now.getTime(),
      start: b.startsAt.getTime(),
      startInputType: "utc",
      startOutputType: "utc",
      end: b.endsAt.getTime(),
      endInputType: "utc",
      endOutputType: "utc",
      title,
      location: [input.clinic.name, input.clinic.address].filter(Boolean).join(", "),
      status: "CONFIRMED",
      busyStatus: "BUSY",
      classification: "PRIVATE",
    } as EventAttributes;
  });
  const { error, value } = createEvents(events, {
    productId: "clinic-booking/practitioner-feed",
    method: "PUBLISH",
    calName: `${input.practitionerName} — ${input.clinic.name}`,
  });
  if (error || !value) throw new Error(`Could not build the calendar feed: ${error?.message ?? "no output"}`);
  return value;
}
