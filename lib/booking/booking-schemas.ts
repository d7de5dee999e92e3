// Inputs to the booking service, shared by the forms (server actions) and the REST API.
import * as z from "zod";

const START_MESSAGE = "Choose a start time from the list of free times.";

/** An ISO 8601 instant with its offset ("2026-12-07T20:00:00.000Z"), as the slot picker and slots API give it. */
export const startsAtSchema = z
  .string({ error: START_MESSAGE })
  .trim()
  .pipe(z.iso.datetime({ offset: true, error: START_MESSAGE }))
  .transform((value) => new Date(value));

export const procedureSlugSchema = z
  .string({ error: "Choose a procedure." })
  .trim()
  .min(1, { error: "Choose a procedure." })
  .max(100, { error: "There is no procedure with that name." });

/** Optional; an empty form field means "whoever is free". */
export const practitionerIdSchema = z
  .string({ error: "Choose a practitioner from the list." })
  .trim()
  .max(64, { error: "Choose a practitioner from the list." })
  .optional()
  .transform((value) => (value ? value : undefined));

export const createBookingSchema = z.object({
  procedureSlug: procedureSlugSchema,
  startsAt: startsAtSchema,
  practitionerId: practitionerIdSchema,
});
/** The API's body: the booking, plus the screening answers for a procedure that requires them. */
export const createBookingRequestSchema = createBookingSchema.extend({ screening: z.unknown().optional() });

/** What createBooking takes (the schema's output; practitionerId may be left out). */
export type CreateBookingInput = { procedureSlug: string; startsAt: Date; practitionerId?: string };

/** `practitionerId` only when the patient chose someone other than their booking's practitioner. */
export const rescheduleBookingSchema = z.object({ startsAt: startsAtSchema, practitionerId: practitionerIdSchema });
/** What rescheduleBooking takes (practitionerId may be left out: keep the same practitioner). */
export type RescheduleBookingInput = { startsAt: Date; practitionerId?: string };

/** Booking ids are cuids; anything unreasonable is simply "not found". */
export const bookingIdSchema = z.string().trim().min(1).max(64);

/** `Idempotency-Key` header: any printable token a client chooses, e.g. a UUID. */
export const idempotencyKeySchema = z
  .string()
  .trim()
  .min(1, { error: "The Idempotency-Key header must not be empty." })
  .max(255, { error: "The Idempotency-Key header must be at most 255 characters." })
  .regex(/^[\x21-\x7e]+$/, { error: "The Idempotency-Key header may contain only printable ASCII characters." });
