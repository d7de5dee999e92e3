import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/roles";
import { isStaff } from "@/lib/auth/roles";
import { clinicDateOf, computeFreeSlots, DEFAULT_HORIZON_DAYS, holdIntervalFor, type PractitionerSchedule, type Slot } from "@/lib/availability";
import { loadPractitionerSchedules } from "@/lib/availability/slot-data";
import type { ClinicInfo } from "@/lib/clinic/clinic-data";
import { TIME_HOLDING_STATUSES } from "./statuses";

// Read-only: what a booking looks like to its readers, the offered-slot check,
// and the patient's own lists. Writes live in the use-case files
// (create-booking.ts, reschedule-booking.ts, cancel-booking.ts…).

type Db = typeof db | Prisma.TransactionClient;

// What a booking looks like to its patient (and to staff). Explicit fields only:
// no screening answers ride along by accident.
export const bookingViewSelect = {
  id: true,
  reference: true,
  status: true,
  startsAt: true,
  endsAt: true,
  version: true,
  createdAt: true,
  patientId: true,
  procedure: { select: { slug: true, name: true, durationMinutes: true, requiresScreening: true } },
  practitioner: { select: { id: true, name: true, title: true } },
} as const satisfies Prisma.BookingSelect;

export const bookingDetailSelect = {
  ...bookingViewSelect,
  bookedById: true,
  changes: {
    orderBy: { createdAt: "asc" },
    select: { id: true, actorId: true, fromStatus: true, toStatus: true, fromStart: true, toStart: true, reason: true, createdAt: true },
  },
} as const satisfies Prisma.BookingSelect;

export type BookingView = Prisma.BookingGetPayload<{ select: typeof bookingViewSelect }>;
export type BookingDetail = Prisma.BookingGetPayload<{ select: typeof bookingDetailSelect }>;

/** Everything the write paths need: timing for claims, names and email for the message. */
export const bookingWorkSelect = {
  ...bookingViewSelect,
  practitionerId: true,
  procedure: { select: { id: true, slug: true, name: true, durationMinutes: true, bufferMinutes: true, requiresScreening: true } },
  patient: { select: { email: true } },
} as const satisfies Prisma.BookingSelect;
export type BookingWork = Prisma.BookingGetPayload<{ select: typeof bookingWorkSelect }>;

export type ProcedureTimingRow = { id: string; durationMinutes: number; bufferMinutes: number };

/**
 * The offered slot starting exactly at `startsAt`, or null: the same rules the
 * slot picker uses (opening hours, time off, bookings that hold time, 24 h
 * notice, horizon), computed for that one clinic day. `excludeBookingId` lets a
 * booking being moved ignore its own current hold.
 */
export async function findOfferedSlot(args: {
  procedure: ProcedureTimingRow;
  startsAt: Date;
  now: Date;
  timeZone: string;
  excludeBookingId?: string;
  /** Pretend no booking holds time: "would this be offered if nobody had booked it?" */
  ignoreBookings?: boolean;
  /** Only whether this practitioner is free then: the slot then lists only them. */
  practitionerId?: string;
  client?: Db;
}): Promise<Slot | null> {
  const { procedure, startsAt, now, timeZone, excludeBookingId, ignoreBookings = false, practitionerId, client = db } = args;
  if (beyondHorizon(startsAt, now)) return null;
  const date = clinicDateOf(startsAt, timeZone);
  const practitioners = await loadPractitionerSchedules({
    procedureId: procedure.id,
    range: { from: date, to: date },
    timeZone,
    excludeBookingId,
    ignoreBookings,
    // Only this start is asked about: only the holds that overlap its own matter.
    holdsWithin: holdIntervalFor(startsAt, procedure),
    practitionerId,
    client,
  });
  return offeredSlotIn(practitioners, { procedure, startsAt, now, timeZone });
}

/**
 * The offered slot starting exactly at `startsAt` in these schedules, or null:
 * findOfferedSlot's arithmetic without its read, for schedules a caller
 * already holds (a booking's context brings the chosen practitioner's
 * opening hours, without their time off and bookings).
 */
export function offeredSlotIn(
  schedules: PractitionerSchedule[],
  { procedure, startsAt, now, timeZone }: { procedure: ProcedureTimingRow; startsAt: Date; now: Date; timeZone: string },
): Slot | null {
  if (beyondHorizon(startsAt, now)) return null;
  const date = clinicDateOf(startsAt, timeZone);
  const [slot] = computeFreeSlots({ procedure, practitioners: schedules, from: date, to: date, timeZone, now, onlyStart: startsAt });
  return slot ?? null;
}

// Well past the horizon (a client may send "9999-12-31T…"): never offered, and
// the calendar arithmetic would run off the end of four-digit years.
function beyondHorizon(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() - now.getTime() > (DEFAULT_HORIZON_DAYS + 2) * 86_400_000;
}

/** Clinic details for emails and calendar files. */
export type BookingClinic = Pick<ClinicInfo, "name" | "timeZone" | "phone" | "address" | "notice">;

/** Staff see every booking; a patient only their own. */
export function visibleTo(actor: CurrentUser, id: string): Prisma.BookingWhereInput {
  return isStaff(actor) ? { id } : { id, patientId: actor.id };
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

/** The name a staff member is shown by (their email when no name is set), e.g. who booked by phone. */
export async function staffNameOf(userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
  return user ? (user.name ?? user.email) : "a former staff member";
}
