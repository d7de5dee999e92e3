import { NextResponse } from "next/server";
import { z } from "zod";

// One error body for the whole API: { error: { code, message, fields } }.
export type ApiErrorBody = {
  // `next`: a link past the refusal, e.g. the booking to change instead (docs/decisions/014).
  error: { code: string; message: string; fields?: Record<string, string[]>; next?: { label: string; href: string } };
};

export function apiError(status: number, code: string, message: string, fields?: Record<string, string[]>) {
  const body: ApiErrorBody = { error: { code, message, ...(fields ? { fields } : {}) } };
  return NextResponse.json(body, { status });
}

export function validationError(error: z.ZodError, message = "Some of the details need correcting.") {
  const flat = z.flattenError(error);
  const fields = flat.fieldErrors as Record<string, string[]>;
  const first = flat.formErrors[0] ?? Object.values(fields).flat()[0];
  return apiError(422, "VALIDATION_FAILED", first ? `${message} ${first}` : message, fields);
}

export const notFound = (message = "Not found.") => apiError(404, "NOT_FOUND", message);
