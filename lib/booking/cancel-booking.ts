import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { isStaff } from "@/lib/auth/roles";
import { getClinic } from "@/lib/clinic/clinic-data";
import { applyTransition } from "./apply-transition";
import { findWork } from "./booking-checks";
import type { BookingView } from "./booking-data";
import { TransitionRefusedError } from "./booking-errors";
import { toView } from "./booking-view";
import { lifecycleActorFor, transition } from "./lifecycle";

/**
 * Cancels through the lifecycle: a patient up to PATIENT_CHANGE_NOTICE_HOURS
 * before the start (after that they are told to phone the clinic), staff at
 * any time. The held time is released in the same transaction.
 */
export async function cancelBooking(actor: CurrentUser, id: string, now: Date): Promise<BookingView> {
  const booking = await findWork(actor, id);
  const lifecycleActor = lifecycleActorFor(actor);
  const clinic = await getClinic();
  // Checked here first only so the refusal can name the clinic's phone number;
  // applyTransition checks again inside its transaction.
  const decision = transition(booking, "CANCELLED", lifecycleActor, now);
  if (!decision.ok) throw new TransitionRefusedError(decision, clinic.phone);
  const cancelled = await applyTransition({
    bookingId: booking.id,
    to: "CANCELLED",
    actor: lifecycleActor,
    now,
    expectedVersion: booking.version,
    reason: isStaff(actor) ? "Cancelled by the clinic" : "Cancelled online",
    clinic,
  });
  return toView(cancelled);
}
