import "server-only";
import { addMinutes } from "date-fns";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/roles";
import { isStaff } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record-audit";
import { getClinic } from "@/lib/clinic/clinic-data";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-soon";
import { formatClinicDate, formatClinicTime, holdIntervalFor, type SlotPractitioner } from "@/lib/availability";
import { applyTransition } from "./apply-transition";
import {
  bookingDetailSelect,
  bookingViewSelect,
  bookingWorkSelect,
  findOfferedSlot,
  type BookingClinic,
  type BookingDetail,
  type BookingView,
  type BookingWork,
} from "./booking-data";
import { startsBeforeSuggestedDate, suggestedWaitUntil } from "@/lib/screening/suggested-wait";
import {
  BeforeSuggestedDateError,
  BookingError,
  BookingNotFoundError,
  NotAPatientError,
  PatientAlreadyBookedError,
  ProcedureNotFoundError,
  SlotNotOfferedError,
  ScreeningRequiredError,
  SlotTakenError,
  StaleBookingError,
  TransitionRefusedError,
} from "./booking-errors";
import { confirmationEmail, rescheduledEmail } from "./booking-messages";
import type { CreateBookingInput, RescheduleBookingInput } from "./booking-schemas";
import { claimTime, emailPatient, recordChange, releaseTime } from "./booking-writes";
import { canReschedule, lifecycleActorFor, transition, type BookingStatus } from "./lifecycle";
import { reassessOnMove } from "./reassess-on-move";
import { generateReference } from "./reference";
import { TIME_HOLDING_STATUSES } from "./statuses";
import { isUniqueViolation } from "./unique-violation";

// The booking service: pages, server actions and the REST API all call these
// same functions. Each takes the signed-in user as `actor` (the door has
// already authenticated) and `now`, so tests can pin time.

const TX_OPTIONS = { maxWait: 10_000, timeout: 10_000 };
const REFERENCE_ATTEMPTS = 5;

export type CreateBookingOptions = {
  /**
   * The status the booking starts in. Screening passes FLAGGED when the
   * answers need review. Only statuses that hold time make sense here.
   */
  status?: Extract<BookingStatus, "CONFIRMED" | "FLAGGED">;
  /**
   * Set only by createScreenedBooking, which records the answers in
   * withinTransaction. Without it a procedure that requires screening is refused.
   */
  screeningRecorded?: boolean;
  /**
   * Extra writes that must commit or fail together with the booking (e.g. the
   * screening response, an idempotency record). Throwing here rolls back the
   * booking, its claims and its email.
   */
  withinTransaction?: (tx: Prisma.TransactionClient, booking: BookingView) => Promise<void>;
};

/**
 * Books `input.startsAt` for the signed-in patient. Checks that the time is an
 * offered free slot (422 otherwise), then in one transaction writes the
 * booking, one SlotClaim per 15-minute cell (the database refuses overlaps:
 * SlotTakenError, 409), the history row, an audit event and the confirmation
 * email with its calendar file. Without a chosen practitioner, the first one
 * free at that time is booked.
 */
export async function createBooking(
  actor: CurrentUser,
  input: CreateBookingInput,
  now: Date,
  options: CreateBookingOptions = {},
): Promise<BookingView> {
  if (actor.role !== "PATIENT") throw new NotAPatientError();
  const status = options.status ?? "CONFIRMED";
  const procedure = await db.procedure.findFirst({
    where: { slug: input.procedureSlug, active: true },
    select: { id: true, slug: true, name: true, durationMinutes: true, bufferMinutes: true, requiresScreening: true },
  });
  if (!procedure) throw new ProcedureNotFoundError();
  if (procedure.requiresScreening && !options.screeningRecorded) throw new ScreeningRequiredError();
  assertFuture(input.startsAt, now);

  const clinic = await getClinic();
  const endsAt = addMinutes(input.startsAt, procedure.durationMinutes);
  // Before the practitioner check, so "Back, then Confirm again" hears that
  // they already booked this time rather than that it was "just taken".
  const patientTime = { patientId: actor.id, startsAt: input.startsAt, endsAt };
  await assertPatientFree(db, patientTime, clinic.timeZone);
  const practitioner = await choosePractitioner(
    { procedure, startsAt: input.startsAt, now, timeZone: clinic.timeZone },
    (free) => (input.practitionerId ? free.find((p) => p.id === input.practitionerId) : free[0]),
  );

  const hold = holdIntervalFor(input.startsAt, procedure);
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await db.$transaction(async (tx) => {
        // Again inside the (BEGIN IMMEDIATE) transaction: two tabs confirming at once.
        await assertPatientFree(tx, patientTime, clinic.timeZone);
        const booking = await tx.booking.create({
          data: {
            reference: generateReference(),
            patientId: actor.id,
            procedureId: procedure.id,
            practitionerId: practitioner.id,
            startsAt: input.startsAt,
            endsAt,
            blockedUntil: hold.endsAt,
            status,
          },
          select: bookingWorkSelect,
        });
        await claimTime(tx, { ...booking, blockedUntil: hold.endsAt });
        await recordChange(tx, {
          bookingId: booking.id,
          actorId: actor.id,
          fromStatus: null,
          toStatus: status,
          toStart: booking.startsAt,
          reason: "Booked online",
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "booking.created",
          entityType: "Booking",
          entityId: booking.id,
          details: { reference: booking.reference, status, procedure: procedure.slug, practitionerId: practitioner.id },
        });
        const message = confirmationEmail(messageBooking(booking), clinic);
        await emailPatient(tx, booking, clinic, message, now);
        const view = toView(booking);
        await options.withinTransaction?.(tx, view);
        return view;
      }, TX_OPTIONS);
      deliverOutboxSoon();
      return created;
    } catch (error) {
      // A reference already in use (about 1 in 20 million per booking): draw another.
      if (attempt < REFERENCE_ATTEMPTS && isUniqueViolation(error, "Booking", ["reference"])) continue;
      throw error;
    }
  }
}

export type BookingPreview =
  | {
      ok: true;
      procedure: { slug: string; name: string; durationMinutes: number; requiresScreening: boolean };
      startsAt: Date;
      endsAt: Date;
      /** Everyone free then, in the order createBooking picks from. */
      practitioners: SlotPractitioner[];
    }
  | { ok: false; status: number; message: string };

/**
 * What the book page shows before "Confirm booking": the procedure and who is
 * free at that time, or why it cannot be booked. Reads only; the same checks
 * run again, with the database claim as the final word, in createBooking.
 */
export async function previewBooking(
  procedureSlug: string,
  startsAt: Date,
  now: Date,
  /** The signed-in patient, to say so when they already hold a booking then. */
  patientId?: string,
): Promise<BookingPreview> {
  const procedure = await db.procedure.findFirst({
    where: { slug: procedureSlug, active: true },
    select: { id: true, slug: true, name: true, durationMinutes: true, bufferMinutes: true, requiresScreening: true },
  });
  if (!procedure) return refusal(new ProcedureNotFoundError());
  try {
    assertFuture(startsAt, now);
    const { timeZone } = await getClinic();
    const endsAt = addMinutes(startsAt, procedure.durationMinutes);
    if (patientId) await assertPatientFree(db, { patientId, startsAt, endsAt }, timeZone);
    const practitioners: SlotPractitioner[] = [];
    await choosePractitioner({ procedure, startsAt, now, timeZone }, (free) => {
      practitioners.push(...free);
      return free[0];
    });
    const { id: _id, bufferMinutes: _buffer, ...shown } = procedure;
    return { ok: true, procedure: shown, startsAt, endsAt, practitioners };
  } catch (error) {
    if (error instanceof BookingError) return refusal(error);
    throw error;
  }
}

/** Whether the booking may be moved to `startsAt` (for the reschedule confirm step); reads only. */
export async function previewReschedule(
  actor: CurrentUser,
  booking: BookingView,
  startsAt: Date,
  now: Date,
): Promise<{ ok: true; practitioner: SlotPractitioner } | { ok: false; status: number; message: string }> {
  try {
    const work = await findWork(actor, booking.id);
    const clinic = await getClinic();
    const allowed = canReschedule(work, lifecycleActorFor(actor), now);
    if (!allowed.ok) throw new TransitionRefusedError(allowed.code, withPhone(allowed, clinic));
    assertFuture(startsAt, now);
    await assertNotBeforeSuggestedDate(work, startsAt, clinic.timeZone);
    await assertPatientFree(db, movedTime(work, startsAt), clinic.timeZone);
    const practitioner = await choosePractitioner(
      { procedure: work.procedure, startsAt, now, timeZone: clinic.timeZone, excludeBookingId: work.id },
      (free) => free.find((p) => p.id === work.practitionerId) ?? free[0],
    );
    return { ok: true, practitioner };
  } catch (error) {
    if (error instanceof BookingError) return refusal(error);
    throw error;
  }
}

function refusal(error: BookingError) {
  return { ok: false as const, status: error.status, message: error.message };
}

export type PatientBookings = { upcoming: BookingView[]; cancelledOrPostponed: BookingView[]; past: BookingView[] };

/**
 * The signed-in user's own bookings: upcoming ones that still hold their time
 * (soonest first), future ones cancelled or postponed (soonest first), and
 * past ones of any status (latest first).
 */
export async function listBookingsForPatient(actor: CurrentUser, now: Date): Promise<PatientBookings> {
  const holding = { in: [...TIME_HOLDING_STATUSES] };
  const [upcoming, cancelledOrPostponed, past] = await Promise.all([
    db.booking.findMany({
      where: { patientId: actor.id, endsAt: { gt: now }, status: holding },
      orderBy: { startsAt: "asc" },
      select: bookingViewSelect,
    }),
    db.booking.findMany({
      where: { patientId: actor.id, endsAt: { gt: now }, status: { notIn: [...TIME_HOLDING_STATUSES] } },
      orderBy: { startsAt: "asc" },
      select: bookingViewSelect,
    }),
    db.booking.findMany({
      where: { patientId: actor.id, endsAt: { lte: now } },
      orderBy: { startsAt: "desc" },
      take: 100,
      select: bookingViewSelect,
    }),
  ]);
  return { upcoming, cancelledOrPostponed, past };
}

/**
 * One booking with its history, or null. A patient sees only their own: any
 * other id — someone else's or made up — is the same null ("not found"), so
 * the answer never reveals that a booking exists. Staff see every booking.
 */
export async function getBookingForUser(actor: CurrentUser, id: string): Promise<BookingDetail | null> {
  return db.booking.findFirst({ where: visibleTo(actor, id), select: bookingDetailSelect });
}

/**
 * Moves a booking to another offered time as one atomic change: in one
 * transaction the old claims are deleted and the new ones written, so if the
 * new time is taken (SlotTakenError) everything rolls back and the old time
 * stays held. Keeps the practitioner when they are free at the new time.
 */
export async function rescheduleBooking(
  actor: CurrentUser,
  id: string,
  input: RescheduleBookingInput,
  now: Date,
): Promise<BookingView> {
  const booking = await findWork(actor, id);
  const allowed = canReschedule(booking, lifecycleActorFor(actor), now);
  const clinic = await getClinic();
  if (!allowed.ok) throw new TransitionRefusedError(allowed.code, withPhone(allowed, clinic));
  assertFuture(input.startsAt, now);
  if (input.startsAt.getTime() === booking.startsAt.getTime()) {
    throw new SlotNotOfferedError("Your booking is already at that time. Please choose a different time.");
  }
  await assertNotBeforeSuggestedDate(booking, input.startsAt, clinic.timeZone);
  const patientTime = movedTime(booking, input.startsAt);
  await assertPatientFree(db, patientTime, clinic.timeZone);

  const practitioner = await choosePractitioner(
    { procedure: booking.procedure, startsAt: input.startsAt, now, timeZone: clinic.timeZone, excludeBookingId: booking.id },
    (free) => free.find((p) => p.id === booking.practitionerId) ?? free[0],
  );
  const hold = holdIntervalFor(input.startsAt, booking.procedure);
  const endsAt = addMinutes(input.startsAt, booking.procedure.durationMinutes);

  const result = await db.$transaction(async (tx) => {
    await assertPatientFree(tx, patientTime, clinic.timeZone);
    // Compare-and-set on version: a cancel or another move since we read it wins.
    const { count } = await tx.booking.updateMany({
      where: { id: booking.id, version: booking.version, status: { in: [...TIME_HOLDING_STATUSES] } },
      data: {
        startsAt: input.startsAt,
        endsAt,
        blockedUntil: hold.endsAt,
        practitionerId: practitioner.id,
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw new StaleBookingError();
    // Old cells out, new cells in. A refused claim throws and rolls both back.
    await releaseTime(tx, booking.id);
    await claimTime(tx, { id: booking.id, practitionerId: practitioner.id, startsAt: input.startsAt, blockedUntil: hold.endsAt });

    // Health answers are re-read for the new date: that may flag or clear the booking.
    await reassessOnMove(tx, { booking, newStart: input.startsAt, actorId: actor.id, now, clinic });

    const moved = await tx.booking.findUniqueOrThrow({ where: { id: booking.id }, select: bookingWorkSelect });
    await recordChange(tx, {
      bookingId: booking.id,
      actorId: actor.id,
      fromStatus: booking.status,
      toStatus: moved.status,
      fromStart: booking.startsAt,
      toStart: moved.startsAt,
      reason: isStaff(actor) ? "Moved by the clinic" : "Moved online",
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "booking.rescheduled",
      entityType: "Booking",
      entityId: booking.id,
      details: {
        reference: booking.reference,
        fromStart: booking.startsAt.toISOString(),
        toStart: moved.startsAt.toISOString(),
        fromPractitionerId: booking.practitionerId,
        toPractitionerId: practitioner.id,
        version: moved.version,
      },
    });
    await emailPatient(tx, moved, clinic, rescheduledEmail(messageBooking(moved), booking.startsAt, clinic), now);
    return toView(moved);
  }, TX_OPTIONS);
  deliverOutboxSoon();
  return result;
}

/**
 * Cancels through the lifecycle: a patient up to 24 hours before the start
 * (after that they are told to phone the clinic), staff at any time. The
 * held time is released in the same transaction.
 */
export async function cancelBooking(actor: CurrentUser, id: string, now: Date): Promise<BookingView> {
  const booking = await findWork(actor, id);
  const lifecycleActor = lifecycleActorFor(actor);
  const clinic = await getClinic();
  // Checked here first only to word the refusal with the clinic's phone number;
  // applyTransition checks again inside its transaction.
  const decision = transition(booking, "CANCELLED", lifecycleActor, now);
  if (!decision.ok) throw new TransitionRefusedError(decision.code, withPhone(decision, clinic));
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

/**
 * The practitioner to book at an offered time. When the time is not offered,
 * says why: a time that would be offered but for other bookings was just
 * taken (409, the same answer the claim gives a racer), anything else is not
 * a bookable time (422).
 */
async function choosePractitioner(
  query: Parameters<typeof findOfferedSlot>[0],
  pick: (free: SlotPractitioner[]) => SlotPractitioner | undefined,
): Promise<SlotPractitioner> {
  const slot = await findOfferedSlot(query);
  const chosen = slot ? pick(slot.practitioners) : undefined;
  if (chosen) return chosen;
  const unbooked = await findOfferedSlot({ ...query, ignoreBookings: true });
  const couldHave = unbooked ? pick(unbooked.practitioners) : undefined;
  if (couldHave) throw new SlotTakenError();
  if (unbooked) throw new SlotNotOfferedError("That practitioner does not offer this at that time. Please choose another time.");
  throw new SlotNotOfferedError();
}

/**
 * The clinic date a flagged booking's latest health answers suggest waiting
 * until, or null. The reschedule page offers no earlier times;
 * rescheduleBooking refuses them.
 */
export async function suggestedWaitFor(booking: { id: string; status: BookingStatus }): Promise<string | null> {
  if (booking.status !== "FLAGGED") return null;
  const latest = await db.screeningResponse.findFirst({
    where: { bookingId: booking.id },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: { earliestSuggestedDate: true },
  });
  return suggestedWaitUntil(booking, latest);
}

async function assertNotBeforeSuggestedDate(booking: BookingWork, startsAt: Date, timeZone: string): Promise<void> {
  const waitUntil = await suggestedWaitFor(booking);
  if (waitUntil && startsBeforeSuggestedDate(startsAt, waitUntil, timeZone)) {
    throw new BeforeSuggestedDateError(formatClinicDate(waitUntil, timeZone));
  }
}

type PatientTime = { patientId: string; startsAt: Date; endsAt: Date; excludeBookingId?: string };

/**
 * Refuses when the patient already holds another booking (CONFIRMED or
 * FLAGGED) overlapping [startsAt, endsAt). Only the appointment itself counts,
 * not the practitioner's buffer after it.
 */
async function assertPatientFree(client: Prisma.TransactionClient, time: PatientTime, timeZone: string): Promise<void> {
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

/** The patient's time a booking would hold once moved to `startsAt` (itself excluded). */
function movedTime(booking: BookingWork, startsAt: Date): PatientTime {
  return {
    patientId: booking.patientId,
    startsAt,
    endsAt: addMinutes(startsAt, booking.procedure.durationMinutes),
    excludeBookingId: booking.id,
  };
}

function visibleTo(actor: CurrentUser, id: string): Prisma.BookingWhereInput {
  return isStaff(actor) ? { id } : { id, patientId: actor.id };
}

async function findWork(actor: CurrentUser, id: string): Promise<BookingWork> {
  const booking = await db.booking.findFirst({ where: visibleTo(actor, id), select: bookingWorkSelect });
  if (!booking) throw new BookingNotFoundError();
  return booking;
}

function assertFuture(startsAt: Date, now: Date): void {
  if (startsAt <= now) throw new SlotNotOfferedError("That time has already passed. Please choose a time in the future.");
}

function withPhone(refusal: { code: string; message: string }, clinic: BookingClinic): string {
  return refusal.code === "TOO_LATE" && clinic.phone
    ? refusal.message.replace(/Please phone the clinic\.$/, `Please phone the clinic on ${clinic.phone}.`)
    : refusal.message;
}

function messageBooking(booking: BookingWork) {
  return {
    reference: booking.reference,
    procedureName: booking.procedure.name,
    practitionerName: booking.practitioner.name,
    startsAt: booking.startsAt,
    status: booking.status,
  };
}

/** Narrows a work row to the public view (drops the patient's email and internal ids). */
function toView(booking: BookingWork): BookingView {
  return {
    id: booking.id,
    reference: booking.reference,
    status: booking.status,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    version: booking.version,
    createdAt: booking.createdAt,
    patientId: booking.patientId,
    procedure: {
      slug: booking.procedure.slug,
      name: booking.procedure.name,
      durationMinutes: booking.procedure.durationMinutes,
      requiresScreening: booking.procedure.requiresScreening,
    },
    practitioner: booking.practitioner,
  };
}
