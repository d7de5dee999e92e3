import "server-only";
import { addMinutes } from "date-fns";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { bound } from "@/lib/db/read-rows";
import { asSql, TRANSACTION_TIMEOUT_MS, type SqlTarget } from "@/lib/db/sql-transaction";
import { isStaff, type CurrentUser } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { clinicNotSetUp, getClinic, type ClinicInfo } from "@/lib/clinic/clinic-data";
import type { RowLock } from "@/lib/db/row-locks";
import { formatClinicDate, formatClinicTime, type SlotPractitioner } from "@/lib/availability";
import { startsBeforeSuggestedDate } from "@/lib/screening/suggested-wait";
import { selectBookingContext, selectPatientBookings, type ChosenPractitioner } from "./booking-sql";
import { bookingWorkSelect, findOfferedSlot, offeredSlotIn, visibleTo, type BookingWork } from "./booking-data";
import {
  BeforeSuggestedDateError,
  BookingNotFoundError,
  DuplicateBookingError,
  NotAPatientError,
  PatientAlreadyBookedError,
  PrerequisiteMissingError,
  ProcedureNotFoundError,
  ProfileIncompleteError,
  ScreeningRequiredError,
  SlotNotOfferedError,
  SlotTakenError,
  TimeOffInTheWayError,
  TransitionRefusedError,
} from "./booking-errors";
import { duplicateBooking, missingPrerequisites, type PatientBookingFact, type ProcedureRules } from "./booking-rules";
import { canReschedule, lifecycleActorFor } from "./lifecycle";
import { TIME_HOLDING_STATUSES } from "./statuses";
import { suggestedWaitFor } from "./suggested-date";

// The checks a booking and a move share, and the plans built from them. The
// previews (book page, reschedule confirm step) run exactly these functions and
// stop before writing; the use cases run them and then write, checking the
// patient's time again inside the transaction, with the database claim as the
// final word.

/** Prisma transactions of the booking paths: the same budgets as the driver transaction of a new booking. */
export const TX_OPTIONS = { maxWait: TRANSACTION_TIMEOUT_MS, timeout: TRANSACTION_TIMEOUT_MS };

const procedureSelect = {
  id: true,
  slug: true,
  name: true,
  durationMinutes: true,
  bufferMinutes: true,
  requiresScreening: true,
  maxUpcomingPerPatient: true,
  prerequisites: { select: { requiredId: true } },
} as const satisfies Prisma.ProcedureSelect;
export type BookableProcedure = Prisma.ProcedureGetPayload<{ select: typeof procedureSelect }>;

export function assertFuture(startsAt: Date, now: Date): void {
  if (startsAt <= now) throw new SlotNotOfferedError("PAST");
}

/** Only a patient with a completed profile books online (the clinic needs their details first). */
export async function assertPatientWithProfile(actor: CurrentUser, context?: Pick<BookingContext, "hasProfile">): Promise<void> {
  if (actor.role !== "PATIENT") throw new NotAPatientError();
  const hasProfile = context
    ? context.hasProfile
    : (await db.patientProfile.findUnique({ where: { userId: actor.id }, select: { id: true } })) !== null;
  if (!hasProfile) throw new ProfileIncompleteError();
}

/** Who a new booking is for, with the address their confirmation goes to. */
export type BookingPatient = { id: string; email: string };

/**
 * The patient a new booking is for. Online, the signed-in patient (with a
 * completed profile; `context` when already read). By phone, staff name the
 * patient: only staff may, and only for a patient account with a completed
 * profile.
 */
export async function bookingPatient(
  actor: CurrentUser,
  forPatientId: string | undefined,
  context?: Pick<BookingContext, "hasProfile">,
): Promise<BookingPatient> {
  if (forPatientId === undefined) {
    await assertPatientWithProfile(actor, context);
    return { id: actor.id, email: actor.email };
  }
  if (!isStaff(actor)) throw new DomainError("FORBIDDEN", {});
  const patient = await db.user.findFirst({
    where: { id: forPatientId, role: "PATIENT" },
    select: { id: true, email: true, profile: { select: { id: true } } },
  });
  if (!patient) throw new DomainError("NOT_FOUND", { subject: "patient" });
  if (!patient.profile) throw new ProfileIncompleteError();
  return { id: patient.id, email: patient.email };
}

/**
 * What a new booking starts from, read once and passed down to its checks
 * (React cache() does not dedupe in route handlers): the clinic, the procedure (null
 * when there is no active one by that slug), whether the patient has a
 * profile and, when the patient chose a practitioner, that practitioner's
 * opening hours, in one statement; the checks use them in their usual order.
 */
export type BookingContext = {
  clinic: ClinicInfo;
  procedure: BookableProcedure | null;
  hasProfile: boolean;
  /** Read when a practitioner was chosen. */
  chosen?: ChosenPractitioner;
  /** Read with locks on PostgreSQL: whether they were all taken (selectBookingContext). */
  locksHeld?: boolean;
};

/**
 * The booking context, through `client` (a transaction's, to read it there;
 * with `locks`, taken by the same statement on PostgreSQL).
 */
export async function readBookingContext(
  client: SqlTarget,
  args: { patientId: string; procedureSlug: string; practitionerId?: string; locks?: readonly RowLock[] },
): Promise<BookingContext> {
  const context = await selectBookingContext(client, args);
  // It reads from the Clinic row: without one, say how to set it up.
  if (!context) throw clinicNotSetUp();
  return context;
}

/**
 * Thrown by a plan that was not to read (planNewBooking `readsAllowed:
 * false`) where it would have: the chosen practitioner's opening hours do
 * not offer the time, and only the whole schedule says why. createBooking
 * then plans again, with reads, outside its transaction.
 */
export class PlanNeedsReadsError extends Error {
  constructor() {
    super("the booking's plan needs the schedules read");
    this.name = "PlanNeedsReadsError";
  }
}

export type PatientTime = {
  patientId: string;
  startsAt: Date;
  endsAt: Date;
  excludeBookingId?: string;
  /**
   * The procedure's own rules (docs/decisions/014): with them, the same read
   * also refuses a duplicate or a booking before its prerequisite.
   */
  procedure?: ProcedureRules & { name: string };
  now?: Date;
};

/** The procedure's rules as booking-rules.ts reads them. */
export function rulesOf(procedure: {
  id: string;
  name: string;
  maxUpcomingPerPatient: number;
  prerequisites: { requiredId: string }[];
}): ProcedureRules & { name: string } {
  return {
    procedureId: procedure.id,
    name: procedure.name,
    maxUpcomingPerPatient: procedure.maxUpcomingPerPatient,
    prerequisiteIds: procedure.prerequisites.map((p) => p.requiredId),
  };
}

// A booking lies inside one opening window of one clinic day (at most 25 hours,
// on the day clocks go back), so one that overlaps a time started less than
// two days before it. The bound keeps the read to the patient's recent
// bookings, however long their history.
const LONGEST_BOOKING_MS = 2 * 86_400_000;

/**
 * Refuses when the patient already holds another booking (CONFIRMED or
 * FLAGGED) overlapping [startsAt, endsAt) — only the appointment itself
 * counts, not the practitioner's buffer after it — and, given the procedure's
 * rules, when this would be a duplicate or comes before a prerequisite.
 * One read of only the patient's bookings that can matter: the overlapping
 * ones, upcoming ones of this procedure, and ones of its prerequisites.
 */
export async function assertPatientFree(client: SqlTarget, time: PatientTime, timeZone: string): Promise<void> {
  const { bookings } = await selectPatientBookings(client, patientBookingsQuery(time));
  await refusePatientClashes(client, bookings, time, timeZone);
}

/**
 * assertPatientFree, then the practitioner's time-off check (as assertNoTimeOff,
 * refused as TimeOffInTheWayError) for `hold`, from one read: a new booking's
 * transaction asks both, and the read takes `locks` (row-locks lockingRead).
 * Gives the practitioner's title.
 */
export async function assertPatientAndPractitionerFree(
  client: SqlTarget,
  time: PatientTime,
  timeZone: string,
  hold: { practitionerId: string; startsAt: Date; blockedUntil: Date },
  locks?: readonly RowLock[],
): Promise<{ title: string }> {
  const { bookings, practitioner } = await selectPatientBookings(
    client,
    patientBookingsQuery(time),
    { practitionerId: hold.practitionerId, startsAt: hold.startsAt, endsAt: hold.blockedUntil },
    locks,
  );
  await refusePatientClashes(client, bookings, time, timeZone);
  if (!practitioner) throw new Error("practitioner not found");
  if (practitioner.timeOff) throw new TimeOffInTheWayError();
  return { title: practitioner.title };
}

/** What selectPatientBookings reads for this time ("" leaves a part out). */
function patientBookingsQuery(time: PatientTime): Parameters<typeof selectPatientBookings>[1] {
  const rules = time.procedure;
  return {
    patientId: time.patientId,
    startsAt: time.startsAt,
    endsAt: time.endsAt,
    overlapsFrom: new Date(time.startsAt.getTime() - LONGEST_BOOKING_MS),
    upcomingOf: rules && !time.excludeBookingId ? rules.procedureId : "",
    upcomingAfter: time.now ?? time.startsAt,
    prerequisitesOf: rules && rules.prerequisiteIds.length > 0 ? rules.procedureId : "",
    excludeBookingId: time.excludeBookingId ?? "",
  };
}

async function refusePatientClashes(client: SqlTarget, bookings: readonly PatientBookingFact[], time: PatientTime, timeZone: string): Promise<void> {
  const rules = time.procedure;
  const clash = bookings.find(
    (b) => (TIME_HOLDING_STATUSES as readonly string[]).includes(b.status) && b.startsAt < time.endsAt && b.endsAt > time.startsAt,
  );
  if (clash) {
    // Names are read only to refuse, so the usual path costs one statement.
    const { name } = await procedureNamed(client, clash.procedureId);
    throw new PatientAlreadyBookedError({
      reference: clash.reference,
      procedureName: name,
      time: formatClinicTime(clash.startsAt, timeZone),
    });
  }
  if (!rules) return;
  const requested = { startsAt: time.startsAt, bookingId: time.excludeBookingId };
  const duplicate = duplicateBooking(rules, bookings, requested, time.now ?? time.startsAt);
  if (duplicate) {
    throw new DuplicateBookingError({
      bookingId: duplicate.id,
      reference: duplicate.reference,
      procedureName: rules.name,
      date: formatClinicDate(duplicate.startsAt, timeZone),
      time: formatClinicTime(duplicate.startsAt, timeZone),
      limit: rules.maxUpcomingPerPatient,
    });
  }
  const [missing] = missingPrerequisites(rules, bookings, requested);
  if (missing) {
    const required = await procedureNamed(client, missing);
    throw new PrerequisiteMissingError({ procedureName: rules.name, requiredName: required.name, requiredSlug: required.slug });
  }
}

async function procedureNamed(client: SqlTarget, id: string): Promise<{ slug: string; name: string }> {
  const { text, values } = bound`SELECT "slug", "name" FROM "Procedure" WHERE "id" = ${id}`;
  const [procedure] = await asSql(client).rows<{ slug: string; name: string }>(text, values);
  if (!procedure) throw new Error(`procedure ${id} not found`);
  return procedure;
}

/**
 * Everyone free at an offered time and the one to book (with `onlyAsk`, a
 * practitioner's id, only whether they are free). When the time is not
 * offered, says why: a time that would be offered but for other bookings was
 * just taken (the same answer the claim gives a racer), anything else is not
 * a bookable time.
 */
export async function choosePractitioner(
  query: Parameters<typeof findOfferedSlot>[0],
  pick: (free: SlotPractitioner[]) => SlotPractitioner | undefined,
  { onlyAsk, ownOffering, readsAllowed = true }: { onlyAsk?: string; ownOffering?: ChosenPractitioner["offering"]; readsAllowed?: boolean } = {},
): Promise<{ chosen: SlotPractitioner; free: SlotPractitioner[]; onlyHoursChecked: boolean }> {
  if (onlyAsk) {
    // Their own schedule decides whether they are free: one practitioner's rows
    // instead of everyone's. `free` then lists only them; a refusal is worked
    // out from everyone's, so it says the same as without onlyAsk.
    let own: Awaited<ReturnType<typeof findOfferedSlot>>;
    if (ownOffering === undefined) {
      if (!readsAllowed) throw new PlanNeedsReadsError();
      own = await findOfferedSlot({ ...query, practitionerId: onlyAsk });
    } else {
      // Their opening hours, read with the booking context: no read here, and
      // their time off and other bookings are the transaction's to refuse.
      own = ownOffering ? offeredSlotIn([{ ...ownOffering, timeOff: [], busy: [] }], query) : null;
    }
    const picked = own ? pick(own.practitioners) : undefined;
    if (own && picked) return { chosen: picked, free: own.practitioners, onlyHoursChecked: ownOffering !== undefined };
  }
  if (!readsAllowed) throw new PlanNeedsReadsError();
  const slot = await findOfferedSlot(query);
  const chosen = slot ? pick(slot.practitioners) : undefined;
  if (slot && chosen) return { chosen, free: slot.practitioners, onlyHoursChecked: false };
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
  /** The procedure's booking rules, for the patient check inside the transaction. */
  rules: ProcedureRules & { name: string };
  clinic: ClinicInfo;
  startsAt: Date;
  endsAt: Date;
  /** Everyone free then (open then, when onlyHoursChecked), in the order the booking picks from. */
  practitioners: SlotPractitioner[];
  practitioner: SlotPractitioner;
  /**
   * Only the practitioner's opening hours were checked: their time off and
   * other bookings are left to the transaction, which refuses both (time
   * off as read, TimeOffInTheWayError; bookings by their claims).
   */
  onlyHoursChecked: boolean;
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
  /** Already read for this request (the use cases); the previews leave it out. */
  context?: Pick<BookingContext, "clinic" | "procedure" | "chosen">;
  /**
   * Set by createBooking, which checks the patient again inside its
   * transaction: then the patient is checked here only when the time cannot
   * be booked, so their refusal still comes before the slot's (one read fewer
   * on the usual path, the same answer on every path).
   */
  patientCheckedInTransaction?: boolean;
  /**
   * Set by createBooking, which needs only the practitioner it books: a
   * practitioner asked for by id is then checked on their schedule alone,
   * and `practitioners` lists only them. When the context has their opening
   * hours (`chosen`), only those are checked here (onlyHoursChecked).
   */
  onlyChosenPractitioner?: boolean;
  /**
   * False in createBooking's transaction, which read the context there: the
   * plan then reads nothing (through `db` it would wait on that very
   * transaction on SQLite) and throws PlanNeedsReadsError where it would.
   */
  readsAllowed?: boolean;
}): Promise<NewBookingPlan> {
  const { startsAt, now, context } = args;
  if (args.readsAllowed === false && !(context && args.patientCheckedInTransaction)) {
    throw new Error("a plan without reads needs the booking context and the patient checked in the transaction");
  }
  const procedure = context
    ? context.procedure
    : await db.procedure.findFirst({ where: { slug: args.procedureSlug, active: true }, select: procedureSelect });
  if (!procedure) throw new ProcedureNotFoundError();
  if (procedure.requiresScreening && args.screeningRecorded === false) throw new ScreeningRequiredError();
  assertFuture(startsAt, now);
  const clinic = context ? context.clinic : await getClinic();
  const endsAt = addMinutes(startsAt, procedure.durationMinutes);
  const rules = rulesOf(procedure);
  // Before the practitioner check, so "Back, then Confirm again" hears that
  // they already booked this time rather than that it was "just taken".
  const patientId = args.patientId;
  const checkPatient = async () => {
    if (patientId) await assertPatientFree(db, { patientId, startsAt, endsAt, procedure: rules, now }, clinic.timeZone);
  };
  if (!args.patientCheckedInTransaction) await checkPatient();
  const onlyAsk = args.onlyChosenPractitioner ? args.practitionerId : undefined;
  const chosen = context?.chosen;
  let offered: Awaited<ReturnType<typeof choosePractitioner>>;
  try {
    offered = await choosePractitioner(
      { procedure, startsAt, now, timeZone: clinic.timeZone },
      (list) => (args.practitionerId ? list.find((p) => p.id === args.practitionerId) : list[0]),
      {
        onlyAsk,
        ownOffering: onlyAsk && chosen?.practitionerId === onlyAsk ? chosen.offering : undefined,
        readsAllowed: args.readsAllowed,
      },
    );
  } catch (error) {
    // Without reads nothing more is asked here: the caller plans again with them.
    if (args.patientCheckedInTransaction && args.readsAllowed !== false) await checkPatient();
    throw error;
  }
  return {
    procedure,
    rules,
    clinic,
    startsAt,
    endsAt,
    practitioners: offered.free,
    practitioner: offered.chosen,
    onlyHoursChecked: offered.onlyHoursChecked,
  };
}

export type ReschedulePlan = {
  booking: BookingWork;
  clinic: ClinicInfo;
  /** Who takes the moved booking: the same practitioner when free, else the one asked for, else the first free. */
  practitioner: SlotPractitioner;
  /** Everyone free at the new time. */
  free: SlotPractitioner[];
  /** True when the booking's practitioner is not free then and nobody else was asked for: the patient must choose. */
  needsPractitionerChoice: boolean;
  patientTime: PatientTime;
};

/**
 * Every check a move passes before it is written: the lifecycle allows it
 * (notice, status, who), a future and different time, not before the date
 * the health answers suggest, the patient free then, and an offered slot —
 * with the same practitioner when they are free, or the one asked for.
 */
export async function planReschedule(
  actor: CurrentUser,
  id: string,
  startsAt: Date,
  now: Date,
  practitionerId?: string,
): Promise<ReschedulePlan> {
  const booking = await findWork(actor, id);
  const clinic = await getClinic();
  const allowed = canReschedule(booking, lifecycleActorFor(actor), now);
  if (!allowed.ok) throw new TransitionRefusedError(allowed, clinic.phone);
  assertFuture(startsAt, now);
  if (startsAt.getTime() === booking.startsAt.getTime()) throw new SlotNotOfferedError("SAME_TIME");
  await assertNotBeforeSuggestedDate(booking, startsAt, clinic.timeZone);
  // The move keeps the procedure's rules: not before its prerequisite (docs/decisions/014).
  const procedureRules = await db.procedure.findUniqueOrThrow({
    where: { id: booking.procedure.id },
    select: { id: true, name: true, maxUpcomingPerPatient: true, prerequisites: { select: { requiredId: true } } },
  });
  const patientTime = { ...movedTime(booking, startsAt), procedure: rulesOf(procedureRules), now };
  await assertPatientFree(db, patientTime, clinic.timeZone);
  const wanted = practitionerId ?? booking.practitionerId;
  const { chosen, free } = await choosePractitioner(
    { procedure: booking.procedure, startsAt, now, timeZone: clinic.timeZone, excludeBookingId: booking.id },
    // Asked for someone: only they will do. Otherwise the same practitioner, or (to be confirmed) the first free.
    (offered) => offered.find((p) => p.id === wanted) ?? (practitionerId ? undefined : offered[0]),
  );
  return { booking, clinic, practitioner: chosen, free, needsPractitionerChoice: chosen.id !== wanted, patientTime };
}
