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
  readBookingContext,
  type BookingContext,
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
import { lockRows, SCHEDULE_STAMP } from "@/lib/db/row-locks";

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
   * booking, its claims and its email. Audit rows handed to `audit` are
   * written after it returns, with the booking's own, in one statement.
   * Plain SQL only (lib/db/sql-transaction.ts): the transaction runs on the driver.
   */
  withinTransaction?: (tx: Sql, booking: BookingView, audit: (row: AuditInput) => void) => Promise<void>;
  /** The clinic, procedure and profile, when the caller has already read them (readBookingContext). */
  context?: BookingContext;
  /**
   * A phone booking: staff (the actor) book for this patient. The same checks
   * and writes apply; the booking records who made it (bookedById).
   */
  forPatientId?: string;
};

/**
 * Books `input.startsAt` for the signed-in patient (with a completed profile),
 * or, with `forPatientId`, staff book it for that patient by phone.
 * Runs the checks of planNewBooking (the book page's preview runs the same),
 * then in one transaction writes the booking, one SlotClaim per 15-minute
 * cell (the database refuses overlaps: SlotTakenError), the history row, an
 * audit event and the confirmation email with its calendar file. Without a
 * chosen practitioner, the first one free at that time is booked. With one,
 * their opening hours come with the booking context and their time off and
 * other bookings are refused inside the transaction (one statement fewer on
 * the usual path): time off is then explained from their whole schedule, as
 * the check before the transaction would have; another booking's claim is
 * "just taken", as before.
 */
export async function createBooking(
  actor: CurrentUser,
  input: CreateBookingInput,
  now: Date,
  options: CreateBookingOptions = {},
): Promise<BookingView> {
  const byPhone = options.forPatientId !== undefined;
  if (!byPhone && actor.role === "PATIENT" && !options.context) {
    options = { ...options, context: await readBookingContext(actor.id, input.procedureSlug, input.practitionerId) };
  }
  const patient = await bookingPatient(actor, options.forPatientId, options.context);
  const patientId = patient.id;
  const status = options.status ?? "CONFIRMED";
  const planFor = (context: CreateBookingOptions["context"]) =>
    planNewBooking({
      ...input,
      now,
      patientId,
      screeningRecorded: options.screeningRecorded ?? false,
      context,
      patientCheckedInTransaction: true,
      onlyChosenPractitioner: true,
    });
  const plan = await planFor(options.context);
  const { procedure, clinic, practitioner, endsAt } = plan;
  const patientTime = { patientId, startsAt: input.startsAt, endsAt, procedure: plan.rules, now };
  const hold = holdIntervalFor(input.startsAt, procedure);
  for (let attempt = 1; ; attempt++) {
    try {
      // Every statement is plain SQL, so the transaction runs on the driver (lib/db/sql-transaction.ts).
      const created = await inSqlTransaction(db, async (tx) => {
        // One booking decision at a time per patient (row lock; docs/decisions/011),
        // then check again: two tabs or two instances confirming at once. The
        // practitioner's shared lock and then the schedule stamp come before
        // any write, as in a move, and the writes below go as one statement
        // whose own bump of the stamp comes last (row-locks SCHEDULE_STAMP).
        // One statement for all three.
        await lockRows(tx, [
          { table: "User", id: patientId, strength: "UPDATE" },
          { table: "Practitioner", id: practitioner.id, strength: "SHARE" },
          SCHEDULE_STAMP,
        ]);
        // The patient's bookings and the practitioner's time off, in one read.
        // The last read: every write after it is batched (raw-insert `batch`),
        // so on PostgreSQL they reach the database as one statement just
        // before COMMIT; a taken slot still fails it (SlotTakenError).
        const { title: practitionerTitle } = await assertPatientAndPractitionerFree(tx, patientTime, clinic.timeZone, {
          practitionerId: practitioner.id,
          startsAt: input.startsAt,
          blockedUntil: hold.endsAt,
        });
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
      });
      deliverOutboxSoon();
      return created;
    } catch (error) {
      // A reference already in use (about 1 in 20 million per booking): draw another.
      if (attempt < REFERENCE_ATTEMPTS && error instanceof ReferenceInUseError) continue;
      // Refused for time off after only opening hours were checked: the whole
      // schedule says why, as the check before the transaction would have
      // ("not offered" with them). A refused claim is "just taken" either way.
      if (error instanceof TimeOffInTheWayError && plan.onlyHoursChecked && options.context) {
        await planFor({ ...options.context, chosen: undefined });
      }
      throw error;
    }
  }
}
