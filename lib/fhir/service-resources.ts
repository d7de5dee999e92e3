import type { HealthcareService, Schedule, Slot } from "@medplum/fhirtypes";
import { scheduleId, slotId } from "./fhir-ids";

// Procedures are HealthcareServices (something the clinic offers and books),
// a Schedule is one practitioner's calendar for one procedure, and Slots are
// that schedule's free times — computed, never stored (docs/decisions/016).

export type ProcedureRow = {
  id: string;
  slug: string;
  name: string;
  summary: string;
  description: string;
  durationMinutes: number;
  active: boolean;
};

export function toHealthcareService(row: ProcedureRow): HealthcareService {
  return {
    resourceType: "HealthcareService",
    id: row.id,
    active: row.active,
    name: row.name,
    comment: row.summary,
    extraDetails: `${row.description}\n\nDuration: ${row.durationMinutes} minutes.`,
    appointmentRequired: true,
  };
}

export type ScheduleRow = {
  practitioner: { id: string; name: string; active: boolean };
  procedure: { id: string; name: string; active: boolean };
};

export function toSchedule(row: ScheduleRow, planningHorizon?: { start: Date; end: Date }): Schedule {
  return {
    resourceType: "Schedule",
    id: scheduleId({ practitionerId: row.practitioner.id, procedureId: row.procedure.id }),
    active: row.practitioner.active && row.procedure.active,
    serviceType: [{ text: row.procedure.name }],
    actor: [
      { reference: `Practitioner/${row.practitioner.id}`, display: row.practitioner.name },
      { reference: `HealthcareService/${row.procedure.id}`, display: row.procedure.name },
    ],
    ...(planningHorizon
      ? { planningHorizon: { start: planningHorizon.start.toISOString(), end: planningHorizon.end.toISOString() } }
      : {}),
    comment: "Free times are computed from opening hours, time off and bookings; see Slot?schedule=.",
  };
}

export function toSlot(key: { practitionerId: string; procedureId: string; procedureName: string }, slot: { startsAt: Date; endsAt: Date }): Slot {
  return {
    resourceType: "Slot",
    id: slotId(key, slot.startsAt),
    schedule: { reference: `Schedule/${scheduleId(key)}` },
    serviceType: [{ text: key.procedureName }],
    status: "free",
    start: slot.startsAt.toISOString(),
    end: slot.endsAt.toISOString(),
  };
}
