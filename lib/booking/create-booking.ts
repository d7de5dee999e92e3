import "server-only";
import { db } from "@/lib/db/client";
import { inSqlTransaction, type Sql } from "@/lib/db/sql-transaction";
import type { CurrentUser } from "@/lib/auth/roles";
import { recordAudits, type AuditInput } from "@/lib/audit/record-audit";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-soon";
import { holdIntervalFor } from "@/lib/availability";
import {
  assertPatientAndPractitionerFree,
  bookingPatient,
  planNewBooking,
  PlanNeedsReadsError,
  readBookingContext,
  type BookingContext,
  type BookingPatient,
  type NewBookingPlan,
} from "./booking-checks";
import type { BookingView, BookingWork } from "./booking-data";
import { confirmationEmail } from "./booking-messages";
import type { CreateBookingInput } from "./booking-schemas";
import { messageBooking, toView } from "./booking-view";
import { claimCells, emailPatient, recordChange } from "./booking-writes";
import type { BookingStatus } from "./lifecycle";
import { generateReference } from "./reference";
import { insertBooking, ReferenceInUseError } from "./booking-sql";
import { TimeOffInTheWayError } from "./booking-errors";
import { lockRows, SCHEDULE_STAMP, type RowLock } from "@/lib/db/row-locks";

const REFERENCE_ATTEMPTS = 5;

/** The statuses a new booking can start in: both hold time. */
type StartingStatus = Extract<BookingStatus, "CONFIRMED" | "FLAGGED">;

export type CreateBookingOptions = {
  /**
   * The status the booking starts in, decided from its context before any
   * other check (without it, CONFIRMED). Screening validates and assesses the
   * answers here, as they need the clinic's time zone, and may refuse by
   * throwing. It may run several times for one booking (createBooking plans
   * again after a refusal or a retry): the last run is the one written.
   */
  statusFor?: (context: BookingContext) => StartingStatus;
  /**
   * Set only by createScreenedBooking, which records the answers in
   * withinTransaction. Without it a procedure that requires screening is refused.
   */
  screeningRecorded?: boolean;
  /**
   * Extra writes that must commit or fail together with the booking (e.g. the
   * screening response, an idempotency record). Throwing here rolls back the
   * booking, its claims and its email. Audit rows handed to `audit` are
   * written after it returns, with the booking's own, in one statement.
   * Plain SQL only (lib/db/sql-transaction.ts): the transaction runs on the driver.
   */
  withinTransaction?: (tx: Sql, booking: BookingView, audit: (row: AuditInput) => void) => Promise<void>;
  /**
   * A phone booking: staff (the actor) book for this patient. The same checks
   * and writes apply; the booking records who made it (bookedById).
   */
  forPatientId?: string;
};

/** What the checks decided: the booking's status, its patient and its plan. */
type Decided = { status: StartingStatus; patient: BookingPatient; plan: NewBookingPlan };

/**
 * Books `input.startsAt` for the signed-in patient (with a completed profile),
 * or, with `forPatientId`, staff book it for that patient by phone.
 * Runs the checks of planNewBooking (the book page's preview runs the same),
 * then in one transaction writes the booking, one SlotClaim per 15-minute
 * cell (the database refuses overlaps: SlotTakenError), the history row, an
 * audit event and the confirmation email with its calendar file. Without a
 * chosen practitioner, the first one free at that time is booked.
 *
 * A patient who chose a practitioner (the usual way) has the booking context
 * read inside the transaction, by the statement that takes its locks: one
 * round trip fewer on PostgreSQL. The checks then read nothing more before
 * the patient's own read: the practitioner's opening hours come with the
 * context, and their time off and other bookings are refused inside the
 * transaction. Time off is then explained from their whole schedule, as the
 * check before the transaction would have; another booking's claim is "just
 * taken", as before. When their hours do not offer the time, the transaction
 * is rolled back and the booking planned again with reads, outside it, which
 * gives the precise refusal.
 */
export async function createBooking(
  actor: CurrentUser,
  input: CreateBookingInput,
  now: Date,
  options: CreateBookingOptions = {},
): Promise<BookingView> {
  const byPhone = options.forPatientId !== undefined;
  const decide = async (context: BookingContext, readsAllowed = true): Promise<Decided> => {
    const status = options.statusFor?.(context) ?? "CONFIRMED";
    const patient = await bookingPatient(actor, options.forPatientId, context);
    const plan = await planNewBooking({
      ...input,
      now,
      patientId: patient.id,
      screeningRecorded: options.screeningRecorded ?? false,
      context,
      patientCheckedInTransaction: true,
      onlyChosenPractitioner: true,
      readsAllowed,
    });
    return { status, patient, plan };
  };
  const practitionerId = byPhone ? undefined : input.practitionerId;
  let context: BookingContext | undefined;
  // Decided before the transaction: when no practitioner was chosen, or after
  // the checks inside it needed a read.
  let planned: Decided | undefined;
  let lastPlan: NewBookingPlan | undefined;
  let referenceAttempts = 0;
  for (;;) {
    try {
      let created: BookingView;
      if (practitionerId !== undefined && !planned) {
        created = await inSqlTransaction(db, async (tx) => {
          context = await readBookingContext(tx, {
            patientId: actor.id,
            procedureSlug: input.procedureSlug,
            practitionerId,
            locks: bookingLocks(actor.id, practitionerId),
          });
          // A practitioner row gone since the read began locked nothing: plan with reads.
          if (context.locksHeld === false) throw new PlanNeedsReadsError();
          const decided = await decide(context, false);
          lastPlan = decided.plan;
          if (decided.plan.practitioner.id !== practitionerId) throw new Error("the booking's plan is not for the practitioner it locked");
          return writeBooking(tx, actor, input, now, options, decided, { locked: true });
        });
      } else {
        context ??= await readBookingContext(db, {
          patientId: options.forPatientId ?? actor.id,
          procedureSlug: input.procedureSlug,
          practitionerId: input.practitionerId,
        });
        const decided = (planned ??= await decide(context));
        lastPlan = decided.plan;
        created = await inSqlTransaction(db, (tx) => writeBooking(tx, actor, input, now, options, decided, { locked: false }));
      }
      deliverOutboxSoon();
      return created;
    } catch (error) {
      // The chosen practitioner's hours do not offer the time: plan again with
      // reads, outside the transaction, which refuses precisely (or books).
      if (error instanceof PlanNeedsReadsError && context && !planned) {
        planned = await decide(context);
        continue;
      }
      // A reference already in use (about 1 in 20 million per booking): draw another.
      if (error instanceof ReferenceInUseError && ++referenceAttempts < REFERENCE_ATTEMPTS) continue;
      // Refused for time off after only opening hours were checked: the whole
      // schedule says why, as the check before the transaction would have
      // ("not offered" with them). A refused claim is "just taken" either way.
      if (error instanceof TimeOffInTheWayError && lastPlan?.onlyHoursChecked && context) {
        await decide({ ...context, chosen: undefined });
      }
      throw error;
    }
  }
}

/**
 * One booking decision at a time per patient (row lock; docs/decisions/011):
 * two tabs or two instances confirming at once. Then the practitioner's
 * shared lock, as in a move. The schedule stamp comes last, with the
 * patient's read (writeBooking).
 */
function bookingLocks(patientId: string, practitionerId: string): RowLock[] {
  return [{ table: "User", id: patientId, strength: "UPDATE" }, { table: "Practitioner", id: practitionerId, strength: "SHARE" }];
}

/**
 * The booking's transaction after its checks: its locks (unless the context
 * read took them), the patient's time checked again, then every write.
 */
async function writeBooking(
  tx: Sql,
  actor: CurrentUser,
  input: CreateBookingInput,
  now: Date,
  options: CreateBookingOptions,
  { status, patient, plan }: Decided,
  { locked }: { locked: boolean },
): Promise<BookingView> {
  const byPhone = options.forPatientId !== undefined;
  const { procedure, practitioner, endsAt, clinic } = plan;
  const patientId = patient.id;
  const hold = holdIntervalFor(input.startsAt, procedure);
  if (!locked) await lockRows(tx, bookingLocks(patientId, practitioner.id));
  // The patient's bookings and the practitioner's time off, in one read,
  // after their locks: it sees every booking of theirs committed before them.
  // The same statement takes the schedule stamp, which must come before any
  // write: the writes go as one statement whose own bump of the stamp comes
  // at its end, after its slot claims (row-locks SCHEDULE_STAMP). Taken only
  // now, it is held for the writes alone, and a booking refused before this
  // read never waits for it. The last read: every write after it is batched
  // (raw-insert `batch`), so on PostgreSQL they reach the database as one
  // statement just before COMMIT; a taken slot still fails it (SlotTakenError).
  const { title: practitionerTitle } = await assertPatientAndPractitionerFree(
    tx,
    { patientId, startsAt: input.startsAt, endsAt, procedure: plan.rules, now },
    clinic.timeZone,
    { practitionerId: practitioner.id, startsAt: input.startsAt, blockedUntil: hold.endsAt },
    [SCHEDULE_STAMP],
  );
  // Plain SQL, no reload: the procedure and patient are known already.
  const inserted = await insertBooking(tx, {
    reference: generateReference(),
    patientId,
    procedureId: procedure.id,
    practitionerId: practitioner.id,
    startsAt: input.startsAt,
    endsAt,
    blockedUntil: hold.endsAt,
    status,
    bookedById: byPhone ? actor.id : null,
  });
  await claimCells(tx, { ...inserted, practitionerId: practitioner.id, blockedUntil: hold.endsAt });
  const booking: BookingWork = {
    ...inserted,
    practitionerId: practitioner.id,
    procedure,
    practitioner: { id: practitioner.id, name: practitioner.name, title: practitionerTitle },
    patient: { email: patient.email },
  };
  await recordChange(tx, {
    bookingId: booking.id,
    actorId: actor.id,
    fromStatus: null,
    toStatus: status,
    toStart: booking.startsAt,
    reason: byPhone ? "Booked by phone" : "Booked online",
  });
  // Audit rows are written last, in one statement with any the extra writes add.
  const audits: AuditInput[] = [{
    actorId: actor.id,
    action: "booking.created",
    entityType: "Booking",
    entityId: booking.id,
    details: {
      reference: booking.reference,
      status,
      procedure: procedure.slug,
      practitionerId: practitioner.id,
      ...(byPhone ? { channel: "phone" } : {}),
    },
  }];
  await emailPatient(tx, booking, clinic, confirmationEmail({ ...messageBooking(booking), bookedByName: byPhone ? (actor.name ?? actor.email) : undefined }, clinic), now);
  const view = toView(booking);
  await options.withinTransaction?.(tx, view, (row) => audits.push(row));
  await recordAudits(tx, audits);
  return view;
}
