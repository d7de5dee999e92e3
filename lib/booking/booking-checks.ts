import "server-only";
import { addMinutes } from "date-fns";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { isStaff, type CurrentUser } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { getClinic, type ClinicInfo } from "@/lib/clinic/clinic-data";
import { formatClinicDate, formatClinicTime, type SlotPractitioner } from "@/lib/availability";
import { startsBeforeSuggestedDate } from "@/lib/screening/suggested-wait";
import { bookingWorkSelect, findOfferedSlot, visibleTo, type BookingWork } from "./booking-data";
import {
  BeforeSuggestedDateError,
  BookingNotFoundError,
  NotAPatientError,
  PatientAlreadyBookedError,
  ProcedureNotFoundError,
  ProfileIncompleteError,
  ScreeningRequiredError,
  SlotNotOfferedError,
  SlotTakenError,
  TransitionRefusedError,
} from "./booking-errors";
import { canReschedule, lifecycleActorFor } from "./lifecycle";
import { TIME_HOLDING_STATUSES } from "./statuses";
import { suggestedWaitFor } from "./suggested-date";

// The checks a booking and a move share, and the plans built from them. The
// previews (book page, reschedule confirm step) run exactly these functions and
// stop before writing; the use cases run them and then write, checking the
// patient's time again inside the transaction, with the database claim as the
// final word.

export const TX_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

const procedureSelect = {
  id: true,
  slug: true,
  name: true,
  durationMinutes: true,
  bufferMinutes: true,
  requiresScreening: true,
} as const satisfies Prisma.ProcedureSelect;
export type BookableProcedure = Prisma.ProcedureGetPayload<{ select: typeof procedureSelect }>;

export function assertFuture(startsAt: Date, now: Date): void {
  if (startsAt <= now) throw new SlotNotOfferedError("PAST");
}

/** Only a patient with a completed profile books online (the clinic needs their details first). */
export async function assertPatientWithProfile(actor: CurrentUser): Promise<void> {
  if (actor.role !== "PATIENT") throw new NotAPatientError();
  const profile = await db.patientProfile.findUnique({ where: { userId: actor.id }, select: { id: true } });
  if (!profile) throw new ProfileIncompleteError();
}

/**
 * The patient a new booking is for. Online, the signed-in patient (with a
 * completed profile). By phone, staff name the patient: only staff may, and
 * only for a patient account with a completed profile.
 */
export async function bookingPatientId(actor: CurrentUser, forPatientId: string | undefined): Promise<string> {
  if (forPatientId === undefined) {
    await assertPatientWithProfile(actor);
    return actor.id;
  }
  if (!isStaff(actor)) throw new DomainError("FORBIDDEN", {});
  const patient = await db.user.findFirst({
    where: { id: forPatientId, role: "PATIENT" },
    select: { id: true, profile: { select: { id: true } } },
  });
  if (!patient) throw new DomainError("NOT_FOUND", { subject: "patient" });
  if (!patient.profile) throw new ProfileIncompleteError();
  return patient.id;
}

export type PatientTime = { patientId: string; startsAt: Date; endsAt: Date; excludeBookingId?: string };

/**
 * Refuses when the patient already holds another booking (CONFIRMED or
 * FLAGGED) overlapping [startsAt, endsAt). Only the appointment itself counts,
 * not the practitioner's buffer after it.
 */
export async function assertPatientFree(client: Prisma.TransactionClient, time: PatientTime, timeZone: string): Promise<void> {
  const clash = await client.booking.findFirst({
    where: {
      patientId: time.patientId,
      status: { in: [...TIME_HOLDING_STATUSES] },
      startsAt: { lt: time.endsAt },
      endsAt: { gt: time.startsAt },
      ...(time.excludeBookingId ? { id: { not: time.excludeBookingId } } : {}),
    },
    orderBy: { startsAt: "asc" },
    select: { reference: true, startsAt: true, procedure: { select: { name: true } } },
  });
  if (clash) {
    throw new PatientAlreadyBookedError({
      reference: clash.reference,
      procedureName: clash.procedure.name,
      time: formatClinicTime(clash.startsAt, timeZone),
    });
  }
}

/**
 * Everyone free at an offered time and the one to book. When the time is not
 * offered, says why: a time that would be offered but for other bookings was
 * just taken (the same answer the claim gives a racer), anything else is not
 * a bookable time.
 */
export async function choosePractitioner(
  query: Parameters<typeof findOfferedSlot>[0],
  pick: (free: SlotPractitioner[]) => SlotPractitioner | undefined,
): Promise<{ chosen: SlotPractitioner; free: SlotPractitioner[] }> {
  const slot = await findOfferedSlot(query);
  const chosen = slot ? pick(slot.practitioners) : undefined;
  if (slot && chosen) return { chosen, free: slot.practitioners };
  const unbooked = await findOfferedSlot({ ...query, ignoreBookings: true });
  const couldHave = unbooked ? pick(unbooked.practitioners) : undefined;
  if (couldHave) throw new SlotTakenError();
  if (unbooked) throw new SlotNotOfferedError("PRACTITIONER");
  throw new SlotNotOfferedError();
}

/** A flagged booking may not move before the date its health answers suggest. */
export async function assertNotBeforeSuggestedDate(booking: BookingWork, startsAt: Date, timeZone: string): Promise<void> {
  const waitUntil = await suggestedWaitFor(booking);
  if (waitUntil && startsBeforeSuggestedDate(startsAt, waitUntil, timeZone)) {
    throw new BeforeSuggestedDateError(formatClinicDate(waitUntil, timeZone));
  }
}

/** The patient's time a booking would hold once moved to `startsAt` (itself excluded). */
export function movedTime(booking: BookingWork, startsAt: Date): PatientTime {
  return {
    patientId: booking.patientId,
    startsAt,
    endsAt: addMinutes(startsAt, booking.procedure.durationMinutes),
    excludeBookingId: booking.id,
  };
}

/** The booking as the write paths need it, if this user may see it; otherwise "not found". */
export async function findWork(actor: CurrentUser, id: string): Promise<BookingWork> {
  const booking = await db.booking.findFirst({ where: visibleTo(actor, id), select: bookingWorkSelect });
  if (!booking) throw new BookingNotFoundError();
  return booking;
}

export type NewBookingPlan = {
  procedure: BookableProcedure;
  clinic: ClinicInfo;
  startsAt: Date;
  endsAt: Date;
  /** Everyone free then, in the order the booking picks from. */
  practitioners: SlotPractitioner[];
  practitioner: SlotPractitioner;
};

/**
 * Every check a new booking passes before it is written: an active procedure,
 * (when asked) answers for a screened one, a future time, the patient free
 * then, and an offered slot with a practitioner — the chosen one, else the
 * first free.
 */
export async function planNewBooking(args: {
  procedureSlug: string;
  startsAt: Date;
  practitionerId?: string;
  now: Date;
  /** The patient, to say so when they already hold a booking then. */
  patientId?: string;
  /** False only when booking a screened procedure without its answers. */
  screeningRecorded?: boolean;
}): Promise<NewBookingPlan> {
  const { startsAt, now } = args;
  const procedure = await db.procedure.findFirst({ where: { slug: args.procedureSlug, active: true }, select: procedureSelect });
  if (!procedure) throw new ProcedureNotFoundError();
  if (procedure.requiresScreening && args.screeningRecorded === false) throw new ScreeningRequiredError();
  assertFuture(startsAt, now);
  const clinic = await getClinic();
  const endsAt = addMinutes(startsAt, procedure.durationMinutes);
  // Before the practitioner check, so "Back, then Confirm again" hears that
  // they already booked this time rather than that it was "just taken".
  if (args.patientId) await assertPatientFree(db, { patientId: args.patientId, startsAt, endsAt }, clinic.timeZone);
  const { chosen, free } = await choosePractitioner(
    { procedure, startsAt, now, timeZone: clinic.timeZone },
    (offered) => (args.practitionerId ? offered.find((p) => p.id === args.practitionerId) : offered[0]),
  );
  return { procedure, clinic, startsAt, endsAt, practitioners: free, practitioner: chosen };
}

export type ReschedulePlan = { booking: BookingWork; clinic: ClinicInfo; practitioner: SlotPractitioner; patientTime: PatientTime };

/**
 * Every check a move passes before it is written: the lifecycle allows it
 * (notice, status, who), a future and different time, not before the date
 * the health answers suggest, the patient free then, and an offered slot —
 * with the same practitioner when they are free.
 */
export async function planReschedule(actor: CurrentUser, id: string, startsAt: Date, now: Date): Promise<ReschedulePlan> {
  const booking = await findWork(actor, id);
  const clinic = await getClinic();
  const allowed = canReschedule(booking, lifecycleActorFor(actor), now);
  if (!allowed.ok) throw new TransitionRefusedError(allowed, clinic.phone);
  assertFuture(startsAt, now);
  if (startsAt.getTime() === booking.startsAt.getTime()) throw new SlotNotOfferedError("SAME_TIME");
  await assertNotBeforeSuggestedDate(booking, startsAt, clinic.timeZone);
  const patientTime = movedTime(booking, startsAt);
  await assertPatientFree(db, patientTime, clinic.timeZone);
  const { chosen } = await choosePractitioner(
    { procedure: booking.procedure, startsAt, now, timeZone: clinic.timeZone, excludeBookingId: booking.id },
    (free) => free.find((p) => p.id === booking.practitionerId) ?? free[0],
  );
  return { booking, clinic, practitioner: chosen, patientTime };
}
