// SMART on FHIR "system" scopes (backend services, no user in the loop). We
// grant read only: `system/<Type>.read` for one resource type, or
// `system/*.read` for all of them.

export const FHIR_RESOURCE_TYPES = [
  "Patient",
  "Practitioner",
  "HealthcareService",
  "Schedule",
  "Slot",
  "Appointment",
  "Questionnaire",
  "QuestionnaireResponse",
  "Task",
] as const;

export type FhirResourceType = (typeof FHIR_RESOURCE_TYPES)[number];

export const ALL_READ_SCOPE = "system/*.read";

export const GRANTABLE_SCOPES: readonly string[] = [
  ALL_READ_SCOPE,
  ...FHIR_RESOURCE_TYPES.map((type) => `system/${type}.read`),
];

export function isFhirResourceType(value: string): value is FhirResourceType {
  return (FHIR_RESOURCE_TYPES as readonly string[]).includes(value);
}

/** Stored scopes are one space-separated string, as in OAuth. */
export function parseScopes(stored: string): string[] {
  return stored.split(/\s+/).filter((s) => GRANTABLE_SCOPES.includes(s));
}

export function scopesAllowRead(scopes: readonly string[], type: FhirResourceType): boolean {
  return scopes.includes(ALL_READ_SCOPE) || scopes.includes(`system/${type}.read`);
}
