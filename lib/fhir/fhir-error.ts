import type { OperationOutcome } from "@medplum/fhirtypes";

// The one error of the FHIR API. `issue` is the FHIR IssueType code; the HTTP
// status is chosen from it at the edge (fhir-http.ts), so lib code never
// speaks HTTP.
export type FhirIssueCode =
  | "invalid"
  | "not-found"
  | "not-supported"
  | "login"
  | "forbidden"
  | "throttled"
  | "processing";

export class FhirError extends Error {
  constructor(
    readonly issue: FhirIssueCode,
    readonly diagnostics: string,
    /** The search parameter or path segment at fault, as a FHIRPath-ish expression. */
    readonly expression?: string,
  ) {
    super(diagnostics);
    this.name = "FhirError";
  }
}

export function operationOutcome(issue: FhirIssueCode, diagnostics: string, expression?: string): OperationOutcome {
  return {
    resourceType: "OperationOutcome",
    issue: [
      {
        severity: "error",
        code: issue,
        diagnostics,
        ...(expression ? { expression: [expression] } : {}),
      },
    ],
  };
}
