import { NextResponse } from "next/server";
import { z } from "zod";

// One error body for the whole API: { error: { code, message, fields } }.
export type ApiErrorBody = {
  error: { code: string; message: string; fields?: Record<string, string[]> };
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
