// The edge's one map from a domain error to HTTP: its status and the API's
// error body `{ error: { code, message, fields } }`. `lib/` below the doors
// knows codes only; the numbers live here.
import { NextResponse } from "next/server";
import { DomainError } from "@/lib/errors/domain-error";
import type { DomainErrorCode } from "@/lib/messages/domain-messages";
import type { ApiErrorBody } from "./api-error";

const HTTP_STATUS: Record<DomainErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  PROFILE_INCOMPLETE: 403,
  NOT_PERMITTED: 403,
  SLOT_TAKEN: 409,
  PATIENT_ALREADY_BOOKED: 409,
  DUPLICATE_BOOKING: 409,
  NOT_ALLOWED: 409,
  BOOKING_CHANGED: 409,
  ALREADY_DECIDED: 409,
  CHECK_IN_NOT_NEEDED: 409,
  BOOKING_NOT_ACTIVE: 409,
  CHECK_IN_NOT_OPEN: 409,
  CHECK_IN_CLOSED: 409,
  REASON_NOT_DISMISSABLE: 409,
  BEFORE_SUGGESTED_DATE: 422,
  SLOT_NOT_AVAILABLE: 422,
  PRACTITIONER_CHOICE_NEEDED: 422,
  SCREENING_REQUIRED: 422,
  PREREQUISITE_MISSING: 422,
  TOO_LATE: 422,
  TOO_EARLY: 422,
  VALIDATION_FAILED: 422,
};

export function httpStatusFor(error: DomainError): number {
  // A check-in that lost a race is a conflict whatever refused it.
  if (error.params.answersNotSaved) return 409;
  return HTTP_STATUS[error.code];
}

/** An HTTP answer worth remembering (idempotent replays store these). */
export type HttpAnswer = { status: number; body: ApiErrorBody };

/**
 * The API's error body. Invalid answers carry their own field errors (named
 * under `fieldPrefix` when the answers sit inside a bigger body, e.g.
 * "screening."), and the message then quotes the first of them.
 */
export function domainErrorBody(error: DomainError, options: { fieldPrefix?: string; message?: string } = {}): ApiErrorBody {
  const status = httpStatusFor(error);
  let message = options.message ?? error.message;
  let fields: Record<string, string[]> | undefined;
  if (error.fieldErrors || error.formErrors) {
    const prefix = options.fieldPrefix ?? "";
    fields = Object.fromEntries(Object.entries(error.fieldErrors ?? {}).map(([k, v]) => [`${prefix}${k}`, v]));
    if (error.formErrors?.length && prefix) fields[prefix.replace(/\.$/, "")] = error.formErrors;
    const first = error.formErrors?.[0] ?? Object.values(error.fieldErrors ?? {}).flat()[0];
    if (first) message = `${message} ${first}`;
    if (Object.keys(fields).length === 0) fields = undefined;
  } else if (error.field && status === 422) {
    // Field messages belong to input problems (422); a 409 or 404 is about the request as a whole.
    fields = { [error.field]: [error.message] };
  }
  return { error: { code: error.code, message, ...(fields ? { fields } : {}), ...(error.nextStep ? { next: error.nextStep } : {}) } };
}

/** The answer for an expected failure, or null for anything unexpected (which should surface as a 500). */
export function domainErrorAnswer(error: unknown, options?: { fieldPrefix?: string; message?: string }): HttpAnswer | null {
  return error instanceof DomainError ? { status: httpStatusFor(error), body: domainErrorBody(error, options) } : null;
}

export function domainErrorResponse(error: DomainError): NextResponse {
  return NextResponse.json(domainErrorBody(error), { status: httpStatusFor(error) });
}

/** Runs a service call and maps its expected failures to the API's error body. */
export async function answerDomainCall(call: () => Promise<Response>): Promise<Response> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof DomainError) return domainErrorResponse(error);
    throw error;
  }
}
