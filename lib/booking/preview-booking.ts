import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import type { SlotPractitioner } from "@/lib/availability";
import { DomainError, type NextStep } from "@/lib/errors/domain-error";
import type { DomainErrorCode } from "@/lib/messages/domain-messages";
import { planNewBooking, planReschedule } from "./booking-checks";

// The confirm steps' previews: the same check functions the use cases run
// (planNewBooking, planReschedule), stopped before anything is written.

/** `next`: a link past the refusal, e.g. "Book Initial consultation" (docs/decisions/014). */
export type PreviewRefusal = { ok: false; code: DomainErrorCode; message: string; next?: NextStep };

export type BookingPreview =
  | {
      ok: true;
      procedure: { slug: string; name: string; durationMinutes: number; requiresScreening: boolean };
      startsAt: Date;
      endsAt: Date;
      /** Everyone free then, in the order createBooking picks from. */
      practitioners: SlotPractitioner[];
    }
  | PreviewRefusal;

/** What the book page shows before "Confirm booking": the procedure and who is free then, or why it cannot be booked. */
export async function previewBooking(
  procedureSlug: string,
  startsAt: Date,
  now: Date,
  /** The signed-in patient, to say so when they already hold a booking then. */
  patientId?: string,
): Promise<BookingPreview> {
  return refusedAs(async () => {
    const plan = await planNewBooking({ procedureSlug, startsAt, now, patientId });
    const { id: _id, bufferMinutes: _buffer, ...shown } = plan.procedure;
    return { ok: true as const, procedure: shown, startsAt, endsAt: plan.endsAt, practitioners: plan.practitioners };
  });
}

export type ReschedulePreview =
  | {
      ok: true;
      /** Who would take it; when `needsPractitionerChoice`, only a suggestion the patient must confirm. */
      practitioner: SlotPractitioner;
      /** Everyone free at the new time. */
      free: SlotPractitioner[];
      needsPractitionerChoice: boolean;
    }
  | PreviewRefusal;

/** Whether the booking may be moved to `startsAt` (for the reschedule confirm step), and with whom. */
export async function previewReschedule(
  actor: CurrentUser,
  booking: { id: string },
  startsAt: Date,
  now: Date,
  practitionerId?: string,
): Promise<ReschedulePreview> {
  return refusedAs(async () => {
    const plan = await planReschedule(actor, booking.id, startsAt, now, practitionerId);
    return { ok: true as const, practitioner: plan.practitioner, free: plan.free, needsPractitionerChoice: plan.needsPractitionerChoice };
  });
}

async function refusedAs<T>(preview: () => Promise<T>): Promise<T | PreviewRefusal> {
  try {
    return await preview();
  } catch (error) {
    if (error instanceof DomainError) {
      return { ok: false, code: error.code, message: error.message, ...(error.nextStep ? { next: error.nextStep } : {}) };
    }
    throw error;
  }
}
