import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import type { CurrentUser } from "@/lib/auth/roles";

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
  const email = `patient-${tag}@example.test`;
  const patient = await db.user.create({
    data: {
      email,
      name: `Patient ${tag}`,
      role: "PATIENT",
      profile: { create: { legalName: `Patient ${tag}`, dateOfBirth: "1980-05-17", phone: "021 555 0100" } },
    },
    select: { id: true, email: true, name: true, role: true },
  });
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

export async function makeStaffUser(db: PrismaClient): Promise<CurrentUser> {
  const email = `staff-${randomUUID()}@example.test`;
  return db.user.create({ data: { email, name: "Test Nurse", role: "STAFF" }, select: { id: true, email: true, name: true, role: true } });
}
