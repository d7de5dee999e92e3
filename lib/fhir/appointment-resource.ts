import type { Appointment } from "@medplum/fhirtypes";
import type { BookingStatus } from "@prisma/client";
import { BOOKING_REFERENCE_SYSTEM, BOOKING_STATUS_SYSTEM } from "./code-systems";

type AppointmentStatus = NonNullable<Appointment["status"]>;

// Our lifecycle → FHIR Appointment.status (docs/decisions/016). FLAGGED is
// "pending": the time is held but the clinic has not yet accepted that the
// procedure goes ahead; the Task for the review says why. POSTPONED and
// CANCELLED are both "cancelled"; meta.tag keeps our own status, so a
// practice system can still tell a postponement from a cancellation.
export const APPOINTMENT_STATUS: Record<BookingStatus, AppointmentStatus> = {
  CONFIRMED: "booked",
  FLAGGED: "pending",
  POSTPONED: "cancelled",
  CANCELLED: "cancelled",
  COMPLETED: "fulfilled",
  NO_SHOW: "noshow",
};

/** The booking statuses a FHIR status search means; null for a code we never use. */
export function bookingStatusesFor(code: string): BookingStatus[] | null {
  const matches = (Object.keys(APPOINTMENT_STATUS) as BookingStatus[]).filter((s) => APPOINTMENT_STATUS[s] === code);
  const valid = ["proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow", "entered-in-error", "checked-in", "waitlist"];
  return valid.includes(code) ? matches : null;
}

export type AppointmentRow = {
  id: string;
  reference: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  patient: { id: string; profile: { legalName: string } | null };
  practitioner: { id: string; name: string };
  procedure: { id: string; name: string };
};

const CANCELLATION_TEXT: Partial<Record<BookingStatus, string>> = {
  POSTPONED: "Postponed: the patient is invited to book a new time",
  CANCELLED: "Cancelled",
};

export function toAppointment(row: AppointmentRow): Appointment {
  const status = APPOINTMENT_STATUS[row.status];
  const cancelled = CANCELLATION_TEXT[row.status];
  return {
    resourceType: "Appointment",
    id: row.id,
    meta: {
      versionId: String(row.version),
      lastUpdated: row.updatedAt.toISOString(),
      tag: [{ system: BOOKING_STATUS_SYSTEM, code: row.status }],
    },
    identifier: [{ system: BOOKING_REFERENCE_SYSTEM, value: row.reference }],
    status,
    ...(cancelled ? { cancelationReason: { text: cancelled } } : {}),
    serviceType: [{ text: row.procedure.name }],
    description: row.procedure.name,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    minutesDuration: Math.round((row.endsAt.getTime() - row.startsAt.getTime()) / 60_000),
    created: row.createdAt.toISOString(),
    participant: [
      {
        actor: { reference: `Patient/${row.patient.id}`, ...(row.patient.profile ? { display: row.patient.profile.legalName } : {}) },
        required: "required",
        status: "accepted",
      },
      {
        actor: { reference: `Practitioner/${row.practitioner.id}`, display: row.practitioner.name },
        required: "required",
        status: status === "pending" ? "tentative" : "accepted",
      },
      {
        actor: { reference: `HealthcareService/${row.procedure.id}`, display: row.procedure.name },
        required: "information-only",
        status: "accepted",
      },
    ],
  };
}
