import "server-only";
import { db } from "@/lib/db/client";
import { getClinic } from "@/lib/clinic/clinic-data";
import { TIME_HOLDING_STATUSES } from "@/lib/booking/statuses";
import { computeFreeSlots } from "./free-slots";
import { addClinicDays } from "./clinic-date";
import { clinicInstant } from "./clinic-time";
import type { ClinicDate, Slot } from "./types";

type Range = { from: ClinicDate; to: ClinicDate };

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

  // Read a day either side so bookings and time off that straddle midnight count.
  const windowStart = clinicInstant(addClinicDays(range.from, -1), "00:00", timeZone);
  const windowEnd = clinicInstant(addClinicDays(range.to, 2), "00:00", timeZone);
  const overlapping = { startsAt: { lt: windowEnd } };

  const practitioners = await db.practitioner.findMany({
    where: { active: true, procedures: { some: { procedureId: procedure.id } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      openingHours: { select: { weekday: true, opensAt: true, closesAt: true } },
      timeOff: { where: { ...overlapping, endsAt: { gt: windowStart } }, select: { startsAt: true, endsAt: true } },
      bookings: {
        where: { ...overlapping, blockedUntil: { gt: windowStart }, status: { in: [...TIME_HOLDING_STATUSES] } },
        select: { startsAt: true, blockedUntil: true },
      },
    },
  });

  const slots: Slot[] = computeFreeSlots({
    procedure,
    practitioners: practitioners.map((p) => ({
      id: p.id,
      name: p.name,
      weeklyHours: p.openingHours,
      timeOff: p.timeOff,
      busy: p.bookings.map((b) => ({ startsAt: b.startsAt, endsAt: b.blockedUntil })),
    })),
    from: range.from,
    to: range.to,
    timeZone,
    now,
  });
  return { procedure, timeZone, slots };
}
