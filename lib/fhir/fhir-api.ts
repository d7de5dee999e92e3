import "server-only";
import type { Resource } from "@medplum/fhirtypes";
import { consumeFhirRequest } from "@/lib/api-clients/api-client-rate-limit";
import { verifyBearerToken } from "@/lib/api-clients/api-client-data";
import { isFhirResourceType, scopesAllowRead, type FhirResourceType } from "@/lib/api-clients/scopes";
import { readClinic } from "@/lib/clinic/clinic-data";
import { appointmentReader } from "./appointment-data";
import { searchsetBundle } from "./bundle";
import { capabilityStatement } from "./capability-statement";
import { auditFhirRead } from "./fhir-audit";
import type { FhirContext, ResourceReader } from "./fhir-context";
import { FhirError } from "./fhir-error";
import { isFhirId } from "./fhir-ids";
import { patientReader, practitionerReader } from "./people-data";
import { questionnaireReader, questionnaireResponseReader, taskReader } from "./screening-data";
import { parseSearch } from "./search-params";
import { healthcareServiceReader, scheduleReader } from "./service-data";
import { slotReader } from "./slot-data";

const READERS: Record<FhirResourceType, ResourceReader> = {
  Patient: patientReader,
  Practitioner: practitionerReader,
  HealthcareService: healthcareServiceReader,
  Schedule: scheduleReader,
  Slot: slotReader,
  Appointment: appointmentReader,
  Questionnaire: questionnaireReader,
  QuestionnaireResponse: questionnaireResponseReader,
  Task: taskReader,
};

export type FhirRequest = {
  /** Path after /api/fhir/R4, split on "/". */
  segments: string[];
  params: URLSearchParams;
  authorization: string | null;
  /** Public base of the API, e.g. https://clinic.example/api/fhir/R4. */
  base: string;
  now: Date;
};


/**
 * One FHIR GET: capability statement (public), else bearer token → rate
 * limit → scope → read or search → audit → resource. Throws FhirError for
 * anything the caller can fix or must be told.
 */
export async function answerFhirRequest(req: FhirRequest): Promise<Resource> {
  const [type, id, ...rest] = req.segments;
  const clinic = await readClinic();
  if (type === "metadata" && id === undefined) {
    return capabilityStatement({ base: req.base, date: req.now.toISOString(), clinicName: clinic.name });
  }

  const client = await verifyBearerToken(req.authorization);
  if (!client) throw new FhirError("login", "A valid bearer token is required: Authorization: Bearer <token>.");
  const rate = await consumeFhirRequest(client.id);
  if (!rate.ok) throw new ThrottledError(rate.retryAfterSeconds);

  if (!type || !isFhirResourceType(type)) {
    throw new FhirError("not-supported", `This server does not offer ${type ? `"${type}"` : "anything at its base"}; see /metadata.`);
  }
  if (!scopesAllowRead(client.scopes, type)) {
    throw new FhirError("forbidden", `This client's scopes do not include system/${type}.read.`);
  }
  if (rest.length > 0) throw new FhirError("not-supported", "Only read and search are offered (no _history or operations).");

  const ctx: FhirContext = { now: req.now, timeZone: clinic.timeZone, clinicName: clinic.name };
  const reader = READERS[type];
  if (id !== undefined) {
    const resource = isFhirId(id) ? await reader.read(id, ctx) : null;
    if (!resource) throw new FhirError("not-found", `${type}/${id} was not found.`);
    await auditFhirRead(client, "read", [resource]);
    return resource;
  }
  const search = parseSearch(type, req.params, clinic.timeZone);
  const page = await reader.search(search, ctx);
  await auditFhirRead(client, "search", page.resources);
  return searchsetBundle({ base: req.base, type, params: req.params, search, page });
}

export class ThrottledError extends FhirError {
  constructor(readonly retryAfterSeconds: number) {
    super("throttled", `Too many requests from this client. Try again in ${retryAfterSeconds} seconds.`);
  }
}
