import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import type { CurrentUser } from "@/lib/auth/roles";
import { ensureClinicRow } from "./clinic-row";
import { makePatient } from "./people";

// Minimal rows for the screening's integration tests (data layer, check-in
// service, reminder job). Unique values everywhere, so tests never collide.

export async function makeScreenedBooking(
  db: PrismaClient,
  {
    startsAt,
    status = "CONFIRMED",
    requiresScreening = true,
  }: { startsAt: Date; status?: "CONFIRMED" | "FLAGGED" | "CANCELLED"; requiresScreening?: boolean },
): Promise<{ booking: { id: string; status: "CONFIRMED" | "FLAGGED" | "CANCELLED"; startsAt: Date }; patient: CurrentUser }> {
  const tag = randomUUID().slice(0, 8);
  // The clinic's time zone is read from its row, as in the app.
  await ensureClinicRow(db);
  const patient = await makePatient(db, `Patient ${tag}`);
  const procedure = await db.procedure.create({
    data: {
      slug: `screened-${tag}`,
      name: "Joint injection",
      summary: "Test procedure",
      description: "Test procedure",
      durationMinutes: 60,
      requiresScreening,
    },
  });
  const practitioner = await db.practitioner.create({ data: { name: `Dr ${tag}`, title: "Doctor" } });
  const endsAt = new Date(startsAt.getTime() + 60 * 60_000);
  const booking = await db.booking.create({
    data: {
      reference: `CB-${tag.slice(0, 5).toUpperCase()}`,
      patientId: patient.id,
      procedureId: procedure.id,
      practitionerId: practitioner.id,
      startsAt,
      endsAt,
      blockedUntil: endsAt,
      status,
    },
    select: { id: true, status: true, startsAt: true },
  });
  return { booking: booking as { id: string; status: "CONFIRMED" | "FLAGGED" | "CANCELLED"; startsAt: Date }, patient };
}
