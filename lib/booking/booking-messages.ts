// Words of the emails a patient receives about their booking. Pure: the data
// layer passes everything in and writes the result to the outbox. No health
// answers ever go into an email.
import { formatClinicDate, formatClinicTime, timeZoneAbbreviation, formatClinicDateTime } from "@/lib/availability";
import type { BookingStatus } from "./lifecycle";

export type MessageBooking = {
  reference: string;
  procedureName: string;
  practitionerName: string;
  startsAt: Date;
  status: BookingStatus;
  /** The staff member who booked it by phone for the patient, if one did. */
  bookedByName?: string;
};
export type MessageClinic = { name: string; timeZone: string; phone: string; address: string; notice: string };

/** "Monday 7 December 2026 at 9:00 am New Zealand time (NZDT)". */
export function describeClinicTime(startsAt: Date, timeZone: string): string {
  return `${formatClinicDate(startsAt, timeZone)} at ${formatClinicTime(startsAt, timeZone)} New Zealand time (${timeZoneAbbreviation(startsAt, timeZone)})`;
}

function details(booking: MessageBooking, clinic: MessageClinic): string[] {
  return [
    `Reference: ${booking.reference}`,
    `Procedure: ${booking.procedureName}`,
    `When: ${describeClinicTime(booking.startsAt, clinic.timeZone)}`,
    `With: ${booking.practitionerName}`,
    clinic.address ? `Where: ${clinic.name}, ${clinic.address}` : `Where: ${clinic.name}`,
    ...(booking.bookedByName ? [bookedByPhoneText(booking.bookedByName)] : []),
  ];
}

/** "Booked by phone with Sam Patel": on the booking's pages and in its confirmation email. */
export function bookedByPhoneText(staffName: string): string {
  return `Booked by phone with ${staffName}`;
}

function footer(clinic: MessageClinic): string[] {
  return ["", clinic.phone ? `Questions? Phone us on ${clinic.phone}.` : "", `${clinic.name}`].filter(
    (line, i) => i === 0 || line,
  );
}

export function confirmationEmail(booking: MessageBooking, clinic: MessageClinic) {
  const flagged = booking.status === "FLAGGED";
  const lines = [
    flagged
      ? "We have received your booking. Because of your health screening answers, our team will review it before it goes ahead and will contact you."
      : "Your booking is confirmed.",
    "",
    ...details(booking, clinic),
    "",
    "A calendar file is attached so you can add the appointment to your calendar.",
    ...(booking.bookedByName
      ? ["To see, move or cancel it online, sign in on our website with this email address: we email you a sign-in link, no password needed."]
      : []),
    clinic.notice,
    ...footer(clinic),
  ];
  return {
    subject: flagged
      ? `Booking received, awaiting review: ${booking.procedureName} (${booking.reference})`
      : `Booking confirmed: ${booking.procedureName} (${booking.reference})`,
    text: lines.join("\n"),
    kind: "booking-confirmed",
  };
}

/**
 * What a move's re-reading of the health answers changed, said in the "moved"
 * email so the patient gets one email, not two. Never the answers themselves.
 */
const MOVE_STATUS_LINE: Partial<Record<BookingStatus, string>> = {
  FLAGGED:
    "Because of your health screening answers, our team will review your booking before it goes ahead on the new date. If you are unwell with a cough, cold or respiratory symptoms it is best to postpone your procedure.",
  CONFIRMED: "Your health screening answers give no reason to wait for the new date, so your booking is cleared to go ahead.",
};

/** The one email for a move; `statusChange` is the status the move's re-assessment set, if any. */
export function rescheduledEmail(
  booking: MessageBooking,
  previousStart: Date,
  clinic: MessageClinic,
  statusChange: BookingStatus | null = null,
) {
  const statusLine = statusChange ? MOVE_STATUS_LINE[statusChange] : undefined;
  const lines = [
    "Your booking has been moved to a new time.",
    ...(statusLine ? ["", statusLine] : []),
    "",
    ...details(booking, clinic),
    `Previously: ${describeClinicTime(previousStart, clinic.timeZone)}`,
    "",
    "The attached calendar file updates the appointment in your calendar.",
    ...footer(clinic),
  ];
  return { subject: `Booking moved: ${booking.procedureName} (${booking.reference})`, text: lines.join("\n"), kind: "booking-rescheduled" };
}

const STATUS_EMAIL: Partial<Record<BookingStatus, { subject: string; opening: string; kind: string }>> = {
  CANCELLED: { subject: "Booking cancelled", opening: "Your booking has been cancelled.", kind: "booking-cancelled" },
  POSTPONED: {
    subject: "Booking postponed",
    opening:
      "Your booking has been postponed and the time released. When you are well, please book a new time on our website or phone us.",
    kind: "booking-postponed",
  },
  FLAGGED: {
    subject: "Booking awaiting review",
    opening:
      "Because of your health screening answers, our team will review your booking before it goes ahead. If you are unwell with a cough, cold or respiratory symptoms it is best to postpone your procedure.",
    kind: "booking-flagged",
  },
  CONFIRMED: {
    subject: "Booking cleared to go ahead",
    // Sent for a nurse's decision only: a move that clears the booking says so in its "moved" email.
    opening: "Our team has reviewed your booking and it is cleared to go ahead.",
    kind: "booking-cleared",
  },
};

/** The email for a status change the patient must hear about, or null when none is sent. */
export function statusChangeEmail(booking: MessageBooking, clinic: MessageClinic) {
  const template = STATUS_EMAIL[booking.status];
  if (!template) return null;
  // Staff notes are not copied in: they may mention health details, and email is not private enough.
  const lines = [template.opening, "", ...details(booking, clinic), ...footer(clinic)];
  return { subject: `${template.subject}: ${booking.procedureName} (${booking.reference})`, text: lines.join("\n"), kind: template.kind };
}

/** The date and time lines of a booking as pages show them, in clinic time. */
export function clinicDateAndTime(startsAt: Date, timeZone: string): { date: string; time: string } {
  return {
    date: formatClinicDate(startsAt, timeZone),
    time: `${formatClinicTime(startsAt, timeZone)} New Zealand time (${timeZoneAbbreviation(startsAt, timeZone)})`,
  };
}

export type HistoryEntry = {
  actorId: string | null;
  fromStatus: BookingStatus | null;
  toStatus: BookingStatus;
  fromStart: Date | null;
  toStart: Date | null;
  reason: string;
};

/** One line of a booking's history, e.g. "Moved by you from … to …". */
export function describeChange(change: HistoryEntry, patientId: string, timeZone: string): string {
  const by = change.actorId === patientId ? "by you" : change.actorId ? "by the clinic" : "automatically";
  const when = (d: Date) => formatClinicDateTime(d, timeZone);
  if (change.fromStatus === null) return `Booked ${by}${change.toStart ? ` for ${when(change.toStart)}` : ""}`;
  if (change.fromStart && change.toStart && change.fromStart.getTime() !== change.toStart.getTime()) {
    return `Moved ${by} from ${when(change.fromStart)} to ${when(change.toStart)}`;
  }
  const verbs: Record<BookingStatus, string> = {
    CONFIRMED: "Cleared to go ahead",
    FLAGGED: "Flagged for review",
    POSTPONED: "Postponed",
    CANCELLED: "Cancelled",
    COMPLETED: "Completed",
    NO_SHOW: "Marked as missed",
  };
  // Flags come from screening answers, so "by you" would read oddly there.
  return change.toStatus === "FLAGGED" ? verbs.FLAGGED : `${verbs[change.toStatus]} ${by}`;
}
