import "server-only";
import type { Resource } from "@medplum/fhirtypes";
import { db } from "@/lib/db/client";
import type { VerifiedApiClient } from "@/lib/api-clients/api-client-data";

// Every FHIR read of patient data is audited as a staff read is
// (docs/decisions/006): one row per record returned, written before the
// answer leaves, naming the API client. Details hold identifiers only.
const PATIENT_DATA: Partial<Record<string, string>> = {
  Patient: "User",
  Appointment: "Booking",
  Task: "Booking",
  QuestionnaireResponse: "ScreeningResponse",
};

export async function auditFhirRead(client: VerifiedApiClient, interaction: "read" | "search", resources: Resource[]): Promise<number> {
  const data = resources.flatMap((resource) => {
    const entityType = PATIENT_DATA[resource.resourceType];
    if (!entityType || !resource.id) return [];
    return [{
      actorId: null,
      action: `fhir.${resource.resourceType}.${interaction}`,
      entityType,
      entityId: resource.id,
      details: JSON.stringify({ apiClientId: client.id, apiClientName: client.name }),
    }];
  });
  if (data.length) await db.auditEvent.createMany({ data });
  return data.length;
}
