import "server-only";
import type { Resource } from "@medplum/fhirtypes";
import { env } from "@/lib/env";
import { answerFhirRequest, ThrottledError } from "./fhir-api";
import { FhirError, operationOutcome, type FhirIssueCode } from "./fhir-error";

// The HTTP edge of the FHIR API: issue codes → status codes, FHIR JSON
// content type, and no caching of patient data anywhere along the way.

const STATUS: Record<FhirIssueCode, number> = {
  invalid: 400,
  "not-supported": 404,
  "not-found": 404,
  login: 401,
  forbidden: 403,
  throttled: 429,
  processing: 422,
};

export const FHIR_BASE_PATH = "/api/fhir/R4";

function fhirJson(resource: Resource, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(resource), {
    status,
    headers: { "content-type": "application/fhir+json; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

export async function fhirGet(request: Request, segments: string[], now: Date = new Date()): Promise<Response> {
  try {
    const resource = await answerFhirRequest({
      segments,
      params: new URL(request.url).searchParams,
      authorization: request.headers.get("authorization"),
      base: `${env().nextAuthUrl}${FHIR_BASE_PATH}`,
      now,
    });
    return fhirJson(resource, 200);
  } catch (error) {
    if (!(error instanceof FhirError)) throw error;
    const headers: Record<string, string> = {};
    if (error.issue === "login") headers["www-authenticate"] = 'Bearer realm="fhir"';
    if (error instanceof ThrottledError) headers["retry-after"] = String(error.retryAfterSeconds);
    return fhirJson(operationOutcome(error.issue, error.diagnostics, error.expression), STATUS[error.issue], headers);
  }
}

/** The API is read only: other methods get 405 with an OperationOutcome. */
export function fhirMethodNotAllowed(): Response {
  return fhirJson(operationOutcome("not-supported", "This FHIR API is read only: use GET."), 405, { allow: "GET" });
}
