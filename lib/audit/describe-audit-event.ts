// The audit trail in words: what an event's action means, and its details as
// labelled fields. Pure: the data layer passes in the names it looked up
// (practitioners, procedures) and the clinic's zone. Events keep their stored
// codes ("screening.viewed"); only what people read is translated here.
import { formatClinicDateTime } from "@/lib/availability/clinic-display";
import { describeStatus, BOOKING_STATUSES, type BookingStatus } from "@/lib/booking/lifecycle";
import { reasonChipLabel } from "@/lib/staff/reason-chip-labels";

export type AuditDetails = Record<string, unknown>;
export type AuditField = { label: string; value: string };
export type AuditNames = {
  timeZone: string;
  practitioners: ReadonlyMap<string, string>;
  procedures: ReadonlyMap<string, string>;
};

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const isStatus = (value: unknown): value is BookingStatus => BOOKING_STATUSES.includes(value as BookingStatus);
const statusWords = (value: unknown) => (isStatus(value) ? describeStatus(value) : String(value));

const FHIR_TYPES: Record<string, string> = {
  Patient: "patient details",
  Appointment: "booking",
  Task: "review task",
  QuestionnaireResponse: "health answers",
};

const DECISIONS: Record<string, string> = {
  CLEAR_TO_PROCEED: "Cleared for procedure",
  POSTPONE: "Postponed after review",
  CANCEL: "Cancelled after review",
};

const ACTIONS: Record<string, (details: AuditDetails) => string> = {
  "screening.viewed": () => "Viewed health answers",
  "screening.submitted": (d) => (d.kind === "PRE_PROCEDURE" ? "Answered the check-in questions" : "Answered the health questions"),
  "screening.reassessed": () => "Health answers re-read for the new date",
  "screening.reason_dismissed": () => "Marked the free text not respiratory",
  "screening.check-in-reminder-queued": () => "Check-in reminder sent",
  "booking.created": (d) => (d.channel === "phone" ? "Booked by phone" : "Booked online"),
  "booking.rescheduled": () => "Moved to a new time",
  "booking.reviewed": (d) => DECISIONS[String(d.decision)] ?? "Reviewed",
  "booking.confirmed": () => "Status: confirmed",
  "booking.flagged": () => "Flagged for review",
  "booking.postponed": () => "Postponed",
  "booking.cancelled": () => "Cancelled",
  "booking.completed": () => "Marked completed",
  "booking.no_show": () => "Marked as missed",
  "patient.created": () => "Added a patient (phone booking)",
  "profile.created": () => "Gave their details",
  "profile.updated": () => "Updated their details",
  "time-off.created": () => "Blocked time off",
  "calendar-feed.created": () => "Created a calendar feed",
  "calendar-feed.revoked": () => "Revoked a calendar feed",
  "calendar-feed.read-with-names": () => "Calendar feed read, with patient names",
  "api-client.created": () => "Created an API client",
  "api-client.revoked": () => "Revoked an API client",
};

/** "screening.viewed" → "Viewed health answers"; an unknown code still reads as words. */
export function describeAuditAction(action: string, details: AuditDetails): string {
  const known = ACTIONS[action];
  if (known) return known(details);
  const fhir = /^fhir\.([A-Za-z]+)\.(read|search)$/.exec(action);
  if (fhir) {
    const what = FHIR_TYPES[fhir[1]!] ?? fhir[1]!.toLowerCase();
    return `${fhir[2] === "read" ? "Read" : "Searched"} ${what} through the FHIR API`;
  }
  return sentence(action.replace(/[._-]+/g, " ").trim());
}

const PROFILE_FIELD_WORDS: Record<string, string> = {
  legalName: "name",
  dateOfBirth: "date of birth",
  phone: "phone",
  nhi: "NHI number",
};

type FieldWriter = { label: string; value: (value: unknown, names: AuditNames) => string | null };

const yesNo = (value: unknown) => (value === true ? "Yes" : value === false ? "No" : String(value));
const when = (value: unknown, names: AuditNames) => {
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? String(value) : formatClinicDateTime(date, names.timeZone);
};

// Known detail keys, in the order shown. Identifiers of other records come last, labelled.
const FIELDS: Record<string, FieldWriter> = {
  channel: { label: "How", value: (v) => (v === "phone" ? "By phone, by staff" : String(v)) },
  procedure: { label: "Procedure", value: (v, n) => n.procedures.get(String(v)) ?? String(v) },
  practitionerId: { label: "Practitioner", value: (v, n) => n.practitioners.get(String(v)) ?? "A former practitioner" },
  status: { label: "Status", value: (v) => sentence(statusWords(v)) },
  from: { label: "From status", value: (v) => sentence(statusWords(v)) },
  to: { label: "To status", value: (v) => sentence(statusWords(v)) },
  actorKind: {
    label: "Made by",
    value: (v) => ({ STAFF: "Staff", PATIENT: "The patient", SYSTEM: "The system" })[String(v)] ?? String(v),
  },
  decision: { label: "Decision", value: (v) => DECISIONS[String(v)] ?? String(v) },
  fromStart: { label: "Previous time", value: when },
  toStart: { label: "New time", value: when },
  kind: { label: "When answered", value: (v) => (v === "PRE_PROCEDURE" ? "At check-in" : v === "BOOKING" ? "At booking" : String(v)) },
  outcome: { label: "Outcome", value: (v) => (v === "FLAGGED" ? "Flagged for review" : v === "CLEAR" ? "Clear" : String(v)) },
  code: { label: "Reason", value: (v) => reasonChipLabel(String(v)) },
  responses: { label: "Answer sets shown", value: (v) => String(v) },
  fields: {
    label: "Details changed",
    value: (v) =>
      String(v)
        .split(",")
        .filter(Boolean)
        .map((f) => PROFILE_FIELD_WORDS[f] ?? f)
        .join(", ") || "None",
  },
  affectedBookings: { label: "Bookings inside the time off", value: (v) => String(v) },
  bookings: { label: "Bookings in the feed", value: (v) => String(v) },
  showPatientNames: { label: "Patient names in titles", value: yesNo },
  scopes: { label: "May read", value: (v) => String(v).split(" ").join(", ") },
  apiClientName: { label: "API client", value: (v) => String(v) },
  questionnaireVersion: { label: "Questionnaire version", value: (v) => String(v) },
  version: { label: "Booking version", value: (v) => String(v) },
  responseId: { label: "Answer set id", value: (v) => String(v) },
  fromResponseId: { label: "Earlier answer set id", value: (v) => String(v) },
  reviewId: { label: "Review id", value: (v) => String(v) },
  dismissalId: { label: "Dismissal id", value: (v) => String(v) },
  apiClientId: { label: "API client id", value: (v) => String(v) },
};

// Shown elsewhere in the row (the record's reference).
const SHOWN_IN_ROW = new Set(["reference"]);

/** The event's details as labelled fields, known ones first in a fixed order; never the stored keys. */
export function describeAuditDetails(details: AuditDetails, names: AuditNames): AuditField[] {
  const known = Object.keys(FIELDS).flatMap((key) => {
    if (!(key in details) || details[key] === null || details[key] === undefined || details[key] === "") return [];
    const value = FIELDS[key]!.value(details[key], names);
    return value === null ? [] : [{ label: FIELDS[key]!.label, value }];
  });
  const other = Object.entries(details)
    .filter(([key, value]) => !(key in FIELDS) && !SHOWN_IN_ROW.has(key) && value !== null && value !== undefined && value !== "")
    .map(([key, value]) => ({ label: sentence(key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase()), value: typeof value === "object" ? JSON.stringify(value) : String(value) }));
  return [...known, ...other];
}
