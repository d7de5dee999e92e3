import type { FhirResourceType } from "@/lib/api-clients/scopes";

// Every search parameter the API understands, per resource type. The parser
// refuses anything not listed here and the CapabilityStatement is written
// from this table, so what we claim and what we do cannot drift apart.

export type SearchParamSpec =
  | { type: "token"; documentation: string }
  | { type: "uri"; documentation: string }
  | { type: "date"; documentation: string }
  | { type: "reference"; targets: readonly FhirResourceType[]; documentation: string };

const ID: SearchParamSpec = { type: "token", documentation: "Logical id; several separated by commas." };

export const SEARCH_PARAMS: Record<FhirResourceType, Record<string, SearchParamSpec>> = {
  Patient: {
    _id: ID,
    identifier: { type: "token", documentation: `NHI number as system|value, e.g. https://standards.digital.health.nz/ns/nhi-id|ZAC5361.` },
  },
  Practitioner: { _id: ID },
  HealthcareService: { _id: ID },
  Schedule: {
    _id: ID,
    actor: { type: "reference", targets: ["Practitioner", "HealthcareService"], documentation: "Practitioner/{id} or HealthcareService/{id}." },
  },
  Slot: {
    schedule: { type: "reference", targets: ["Schedule"], documentation: "Required: Schedule/{id}. Free times are computed per schedule." },
    start: { type: "date", documentation: "Slot start with ge/gt/le/lt/eq prefixes; default the next 7 clinic days; at most 31 days." },
    status: { type: "token", documentation: "Only free slots exist; status=free (anything else finds nothing)." },
  },
  Appointment: {
    _id: ID,
    date: { type: "date", documentation: "Appointment start with ge/gt/le/lt/eq prefixes. Dates without a time are clinic (Pacific/Auckland) days." },
    status: { type: "token", documentation: "booked, pending, cancelled, fulfilled, noshow; several separated by commas." },
    patient: { type: "reference", targets: ["Patient"], documentation: "Patient/{id}." },
    practitioner: { type: "reference", targets: ["Practitioner"], documentation: "Practitioner/{id}." },
  },
  Questionnaire: {
    _id: ID,
    url: { type: "uri", documentation: "Canonical URL, e.g. urn:clinic-booking:questionnaire:respiratory-screening." },
  },
  QuestionnaireResponse: {
    _id: ID,
    subject: { type: "reference", targets: ["Patient"], documentation: "Patient/{id}." },
  },
  Task: {
    _id: ID,
    status: { type: "token", documentation: "requested (awaiting review) or completed (reviewed)." },
    patient: { type: "reference", targets: ["Patient"], documentation: "Patient/{id}." },
    focus: { type: "reference", targets: ["Appointment"], documentation: "Appointment/{id}." },
  },
};

/** Result parameters every search accepts. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
