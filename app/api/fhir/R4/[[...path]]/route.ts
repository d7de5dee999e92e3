import { fhirGet, fhirMethodNotAllowed } from "@/lib/fhir/fhir-http";

// Read-only FHIR R4 API for practice systems (README "Integrations",
// docs/decisions/016). Every request is answered by lib/fhir.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ path?: string[] }> }) {
  const { path = [] } = await params;
  return fhirGet(request, path);
}

// Not GET's answer without a body: a HEAD would spend the client's allowance
// and record reads of data never sent.
export const HEAD = fhirMethodNotAllowed;
export const POST = fhirMethodNotAllowed;
export const PUT = fhirMethodNotAllowed;
export const PATCH = fhirMethodNotAllowed;
export const DELETE = fhirMethodNotAllowed;
