import "server-only";
import { db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/roles";
import { TIME_HOLDING_STATUSES } from "./statuses";

/**
 * Which of these prerequisite procedures the patient has neither had nor
 * booked (docs/decisions/014), so the procedure page can say so before a time
 * is picked. Any time counts here; the booking itself checks that it comes
 * before the time chosen. One read of the patient's bookings of these procedures.
 */
export async function prerequisitesNotBooked(patient: CurrentUser | null, requiredIds: readonly string[]): Promise<string[]> {
  if (!patient || patient.role !== "PATIENT" || requiredIds.length === 0) return [];
  const had = await db.booking.findMany({
    where: {
      patientId: patient.id,
      procedureId: { in: [...requiredIds] },
      status: { in: ["COMPLETED", ...TIME_HOLDING_STATUSES] },
    },
    distinct: ["procedureId"],
    select: { procedureId: true },
  });
  const found = new Set(had.map((b) => b.procedureId));
  return requiredIds.filter((id) => !found.has(id));
}
