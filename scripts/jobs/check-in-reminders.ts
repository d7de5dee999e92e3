// The check-in reminder job's work, apart from its command line so tests can
// run it against their own database. Safe to run as often as you like: a
// booking is reminded once per check-in window, even when two runs overlap.
import type { PrismaClient } from "@prisma/client";
import { recordAudit } from "../../lib/audit/record-audit";
import { describeClinicTime } from "../../lib/booking/booking-messages";
import { TIME_HOLDING_STATUSES } from "../../lib/booking/statuses";
import { enqueueEmail } from "../../lib/notifications/outbox";
import { checkInState, checkInTiming, checkInWindow } from "../../lib/screening/check-in-window";

export type ReminderRun = { queued: number; alreadySent: number; failed: number };

export type ReminderOptions = {
  now: Date;
  opensHours: number;
  /** Where the site is reached, e.g. https://book.example.nz; the email links to the check-in page. */
  baseUrl: string;
};

const HOUR_MS = 3_600_000;
const BUSY_RETRIES = 3;

export async function sendCheckInReminders(db: PrismaClient, { now, opensHours, baseUrl }: ReminderOptions): Promise<ReminderRun> {
  // The clinic's time zone lives in its row only; without one there is nothing to remind about yet.
  const clinic = await db.clinic.findUnique({ where: { id: "clinic" }, select: { name: true, timeZone: true, phone: true } });
  if (!clinic) throw new Error("The clinic is not set up (no Clinic row): run `npm run db:seed` first.");
  const candidates = await db.booking.findMany({
    where: {
      status: { in: [...TIME_HOLDING_STATUSES] },
      procedure: { requiresScreening: true },
      startsAt: { gt: now, lte: new Date(now.getTime() + opensHours * HOUR_MS) },
    },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      reference: true,
      startsAt: true,
      reminderSentAt: true,
      procedure: { select: { name: true } },
      patient: { select: { email: true, name: true } },
      screenings: { select: { id: true, kind: true, outcome: true, submittedAt: true, assessedForStart: true, reassessedFromId: true } },
    },
  });

  const run: ReminderRun = { queued: 0, alreadySent: 0, failed: 0 };
  for (const booking of candidates) {
    if (checkInTiming(booking.startsAt, now, opensHours) !== "OPEN") continue;
    // Already answered in this window (e.g. booked inside it, with the health questions): nothing to remind.
    if (checkInState(booking, booking.screenings, now, opensHours) !== "DUE") continue;
    const { opensAt } = checkInWindow(booking.startsAt, opensHours);
    // A reminder sent before this window opened was for an earlier date of a
    // booking that has since moved: the new date needs its own reminder.
    if (booking.reminderSentAt && booking.reminderSentAt >= opensAt) {
      run.alreadySent++;
      continue;
    }
    try {
      const sent = await withBusyRetry(() =>
        db.$transaction(async (tx) => {
          // The claim: only the run whose update matches sends. A concurrent
          // run (or a reschedule since we read it) finds nothing to update.
          const claimed = await tx.booking.updateMany({
            where: {
              id: booking.id,
              startsAt: booking.startsAt,
              status: { in: [...TIME_HOLDING_STATUSES] },
              OR: [{ reminderSentAt: null }, { reminderSentAt: { lt: opensAt } }],
            },
            data: { reminderSentAt: now },
          });
          if (claimed.count !== 1) return false;
          const link = `${baseUrl.replace(/\/+$/, "")}/bookings/${encodeURIComponent(booking.id)}/check-in`;
          const when = describeClinicTime(booking.startsAt, clinic.timeZone);
          await enqueueEmail(tx, {
            to: booking.patient.email,
            subject: `Health check-in for your ${booking.procedure.name} (${booking.reference})`,
            text: [
              booking.patient.name ? `Kia ora ${booking.patient.name},` : "Kia ora,",
              "",
              `Your ${booking.procedure.name} is on ${when}.`,
              "Please answer a few short health questions before you come in. It takes about two minutes:",
              link,
              "",
              "If you are unwell with a cough, cold or respiratory symptoms it is best to postpone your procedure. " +
                "The check-in tells you what to do next.",
              "The check-in closes when your procedure starts.",
              "",
              `Reference: ${booking.reference}`,
              clinic.phone ? `Questions? Phone us on ${clinic.phone}.` : "",
              clinic.name,
            ]
              .filter((line, index, lines) => line !== "" || lines[index - 1] !== "")
              .join("\n"),
            kind: "check-in-reminder",
            bookingId: booking.id,
          });
          await recordAudit(tx, {
            actorId: null,
            action: "screening.check-in-reminder-queued",
            entityType: "Booking",
            entityId: booking.id,
            details: { reference: booking.reference },
          });
          return true;
        }),
      );
      if (sent) run.queued++;
      else run.alreadySent++;
    } catch (error) {
      run.failed++;
      // The booking id only: never the patient's details.
      console.error(`Check-in reminder for booking ${booking.id} failed: ${firstLine(error)}`);
    }
  }
  return run;
}

// Two runs at once on SQLite: the loser's write can be refused as "database
// is locked". Trying again is safe: the conditional update then finds the
// reminder already claimed.
async function withBusyRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= BUSY_RETRIES || !/SQLITE_BUSY|database is locked/i.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
