import type { CapabilityStatement } from "@medplum/fhirtypes";
import { ALL_READ_SCOPE, FHIR_RESOURCE_TYPES } from "@/lib/api-clients/scopes";
import { MAX_PAGE_SIZE, SEARCH_PARAMS } from "./search-spec";

// Written from the same table the search parser enforces: every resource,
// interaction and parameter listed here is served, and nothing else is.
export function capabilityStatement(args: { base: string; date: string; clinicName: string }): CapabilityStatement {
  return {
    resourceType: "CapabilityStatement",
    status: "active",
    date: args.date,
    publisher: args.clinicName,
    kind: "instance",
    software: { name: "Clinic Booking" },
    implementation: { description: `${args.clinicName} booking system (read only)`, url: args.base },
    fhirVersion: "4.0.1",
    format: ["json"],
    rest: [
      {
        mode: "server",
        documentation:
          `Read only. Searches page with _count (at most ${MAX_PAGE_SIZE}) and the links in each Bundle. ` +
          "Unknown search parameters are refused with 400, not ignored.",
        security: {
          description:
            `Bearer token issued by a clinic administrator to one client, with SMART system scopes such as ` +
            `system/Appointment.read or ${ALL_READ_SCOPE}. Missing or revoked token: 401; missing scope: 403; ` +
            "too many requests: 429. Every read of patient data is recorded in the clinic's audit trail.",
        },
        resource: FHIR_RESOURCE_TYPES.map((type) => ({
          type,
          interaction: [{ code: "read" as const }, { code: "search-type" as const }],
          searchParam: Object.entries(SEARCH_PARAMS[type]).map(([name, spec]) => ({
            name,
            type: spec.type === "uri" ? ("uri" as const) : spec.type,
            documentation: spec.documentation,
          })),
        })),
      },
    ],
  };
}
