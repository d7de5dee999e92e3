// Seeds a small clinic for booking integration tests. Uses the per-file
// SQLite database that tests/setup/vitest-setup.ts created.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { ensureClinicRow } from "./clinic-row";

// Tuesday 1 December 2026, 1 pm in Auckland (NZDT, UTC+13).
export const NOW = new Date("2026-12-01T00:00:00Z");
// Thursday 3 December 2026, clinic time.
export const THU_0900 = new Date("2026-12-02T20:00:00Z");
export const THU_1000 = new Date("2026-12-02T21:00:00Z");
export const THU_1030 = new Date("2026-12-02T21:30:00Z");
export const THU_1100 = new Date("2026-12-02T22:00:00Z");
export const FRI_1000 = new Date("2026-12-03T21:00:00Z");

export async function seedClinic(db: PrismaClient) {
  await ensureClinicRow(db, { phone: "09 555 0000", email: "care@test.example", address: "1 Test Street, Auckland" });
  const tag = randomUUID().slice(0, 8);
  const procedure = (slug: string, durationMinutes: number, bufferMinutes: number) =>
    db.procedure.create({
      // Screening is exercised in its own tests; these are about time and claims.
      data: { slug: `${slug}-${tag}`, name: `${slug} ${tag}`, summary: "s", description: "d", durationMinutes, bufferMinutes, requiresScreening: false },
      select: { id: true, slug: true, name: true },
    });
  const short = await procedure("consult", 45, 15);
  const long = await procedure("infusion", 180, 30);
  const practitioner = (name: string) =>
    db.practitioner.create({
      data: {
        name,
        title: "Doctor",
        openingHours: { create: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensAt: "09:00", closesAt: "17:00" })) },
        procedures: { create: [{ procedureId: short.id }, { procedureId: long.id }] },
      },
      select: { id: true, name: true },
    });
  // Names sort so "A…" is the first free practitioner.
  const first = await practitioner(`A Doctor ${tag}`);
  const second = await practitioner(`B Doctor ${tag}`);
  return { short, long, first, second };
}

/** Counts of every table a booking writes, to prove a failure wrote nothing. */
export async function bookingWriteCounts(db: PrismaClient) {
  const [bookings, claims, changes, audits, emails, idempotency] = await Promise.all([
    db.booking.count(),
    db.slotClaim.count(),
    db.bookingChange.count(),
    db.auditEvent.count(),
    db.outboxEmail.count(),
    db.idempotencyRecord.count(),
  ]);
  return { bookings, claims, changes, audits, emails, idempotency };
}
