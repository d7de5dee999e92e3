import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { getClinic } from "@/lib/clinic/clinic-data";
import { TIME_HOLDING_STATUSES } from "@/lib/booking/statuses";
import { computeFreeSlots } from "./free-slots";
import { addClinicDays } from "./clinic-date";
import { clinicInstant } from "./clinic-time";
import { LONGEST_HOLD_HOURS } from "./constants";
import type { ClinicDate, PractitionerSchedule, ProcedureTiming, Slot } from "./types";

type Range = { from: ClinicDate; to: ClinicDate };

/**
 * The schedules of everyone who performs a procedure, for clinic dates
 * [from, to]: hours, and the time off and bookings that hold time, read a day
 * either side so holds that straddle midnight count. The one read behind both
 * the slot picker and the check that a requested time is offered.
 */
export async function loadPractitionerSchedules(args: {
  procedureId: string;
  range: Range;
  timeZone: string;
  /** A booking being moved ignores its own hold. */
  excludeBookingId?: string;
  /** "Would this be offered if nobody had booked it?" */
  ignoreBookings?: boolean;
  client?: Prisma.TransactionClient;
}): Promise<PractitionerSchedule[]> {
  const { procedureId, range, timeZone, excludeBookingId, ignoreBookings = false, client = db } = args;
  const windowStart = clinicInstant(addClinicDays(range.from, -1), "00:00", timeZone);
  const windowEnd = clinicInstant(addClinicDays(range.to, 2), "00:00", timeZone);
  // Bounded on both sides, so the read costs the same whatever the clinic's
  // history: a hold never lasts longer than LONGEST_HOLD_HOURS, so one that
  // started earlier than that before the window has ended before it.
  const earliestHoldStart = new Date(windowStart.getTime() - LONGEST_HOLD_HOURS * 3_600_000);

  const practitioners = await client.practitioner.findMany({
    where: { active: true, procedures: { some: { procedureId } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      openingHours: { select: { weekday: true, opensAt: true, closesAt: true } },
      timeOff: { where: { startsAt: { lt: windowEnd }, endsAt: { gt: windowStart } }, select: { startsAt: true, endsAt: true } },
      bookings: {
        where: {
          startsAt: { gt: earliestHoldStart, lt: windowEnd },
          blockedUntil: { gt: windowStart },
          status: { in: [...TIME_HOLDING_STATUSES] },
          ...(excludeBookingId ? { id: { not: excludeBookingId } } : {}),
        },
        select: { startsAt: true, blockedUntil: true },
      },
    },
  });
  return practitioners.map((p) => ({
    id: p.id,
    name: p.name,
    weeklyHours: p.openingHours,
    timeOff: p.timeOff,
    busy: ignoreBookings ? [] : p.bookings.map((b) => ({ startsAt: b.startsAt, endsAt: b.blockedUntil })),
  }));
}

/** What the slot read needs of a procedure; callers that already read it pass it down. */
export type SlotProcedure = ProcedureTiming & { id: string; slug: string };

/**
 * Free slots of a procedure already read (with the clinic's time zone) over
 * clinic dates [from, to]: one schedules read, then the pure rules.
 */
export async function freeSlotsOf<P extends SlotProcedure>(procedure: P, range: Range, timeZone: string, now: Date = new Date()) {
  const practitioners = await loadPractitionerSchedules({ procedureId: procedure.id, range, timeZone });
  const slots: Slot[] = computeFreeSlots({ procedure, practitioners, from: range.from, to: range.to, timeZone, now });
  return { procedure, timeZone, slots };
}

/**
 * Free slots of one procedure over clinic dates [from, to], read from the
 * database and computed by the pure rules. Returns null for an unknown slug.
 */
export async function findFreeSlots(slug: string, range: Range, now: Date = new Date()) {
  const procedure = await db.procedure.findFirst({
    where: { slug, active: true },
    select: { id: true, slug: true, durationMinutes: true, bufferMinutes: true },
  });
  if (!procedure) return null;
  const { timeZone } = await getClinic();
  return freeSlotsOf(procedure, range, timeZone, now);
}
