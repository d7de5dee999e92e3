// Emails a staff decision adds to the lifecycle's own status email. Pure: the
// data layer passes everything in. Never health answers, never the staff note.
import { formatClinicDate } from "@/lib/availability/clinic-display";

type Booking = { reference: string; procedureName: string; procedureSlug: string };
type Clinic = { name: string; phone: string; timeZone: string };

/** The procedure page opened at the week of the suggested date, or at this week. */
export function rebookLink(siteUrl: string, procedureSlug: string, fromDate: string | null): string {
  const base = `${siteUrl}/procedures/${encodeURIComponent(procedureSlug)}`;
  return fromDate ? `${base}?week=${fromDate}` : base;
}

export function rebookInvitationEmail(args: {
  booking: Booking;
  clinic: Clinic;
  siteUrl: string;
  /** Earliest suggested date (YYYY-MM-DD, clinic calendar) from the screening, if any. */
  suggestedDate: string | null;
  patientMessage: string;
}) {
  const { booking, clinic, siteUrl, suggestedDate, patientMessage } = args;
  const link = rebookLink(siteUrl, booking.procedureSlug, suggestedDate);
  const lines = [
    `Our team has reviewed your booking ${booking.reference} for ${booking.procedureName} and postponed it, so you can recover first.`,
    "",
    suggestedDate
      ? `Please book a new time from ${formatClinicDate(suggestedDate, clinic.timeZone)} onwards:`
      : "When you are well, please book a new time:",
    link,
    ...(patientMessage ? ["", "A message from the clinic team:", patientMessage] : []),
    "",
    "The attached calendar file removes the old appointment from your calendar.",
    "",
    clinic.phone ? `Questions? Phone us on ${clinic.phone}.` : "",
    clinic.name,
  ].filter((line, i, all) => line !== "" || (i > 0 && all[i - 1] !== ""));
  return {
    subject: `Booking postponed, please book a new time: ${booking.procedureName} (${booking.reference})`,
    text: lines.join("\n"),
    kind: "rebook-invitation",
  };
}

export function cancellationMessageEmail(args: { booking: Booking; clinic: Clinic; patientMessage: string }) {
  const { booking, clinic, patientMessage } = args;
  const lines = [
    `About your cancelled booking ${booking.reference} for ${booking.procedureName}, a message from the clinic team:`,
    "",
    patientMessage,
    "",
    ...(clinic.phone ? [`Questions? Phone us on ${clinic.phone}.`] : []),
    clinic.name,
  ];
  return {
    subject: `A message about your cancelled booking (${booking.reference})`,
    text: lines.join("\n"),
    kind: "cancellation-message",
  };
}
