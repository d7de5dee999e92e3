import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";

// Server actions are public endpoints: anyone can call one with any
// arguments, whatever its TypeScript signature says. Each exported action
// checks its arguments with these first; a wrong shape is no form of ours,
// so it gets a 404 (nothing is read or written), not a 500. (An action whose
// page records an audited view when rendered answers with a refusal state
// instead: Next.js renders the page to show a 404, which would record one.)

const idSchema = z.string().min(1).max(200);

/** The action's FormData argument, or a 404. */
export function formDataArg(value: unknown): FormData {
  if (!(value instanceof FormData)) notFound();
  return value;
}

/** Whether a bound record id has the shape our pages send (a short string). */
export function isId(value: unknown): value is string {
  return idSchema.safeParse(value).success;
}

/** A bound record id (always a string from our pages), or a 404. */
export function idArg(value: unknown): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}
