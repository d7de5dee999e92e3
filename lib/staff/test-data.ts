// Builders for this folder's integration tests: each call makes unique rows
// in the per-file test database, so tests never depend on one another.
import { randomUUID } from "node:crypto";
import { wellAnswers } from "@/lib/screening/well-answers";
import type { PrismaClient } from "@prisma/client";
import { ensureClinicRow } from "@/tests/support/clinic-row";
import { claimCellsFor } from "@/lib/availability/claim-cells";
import type { BookingStatus } from "@/lib/booking/lifecycle";

export const ZONE = "Pacific/Auckland";
const REF_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
let refCounter = 0;

export function uniqueReference(): string {
  let n = ++refCounter + Math.floor(Math.random() * 1_000_000);
  let code = "";
  for (let i = 0; i < 5; i++) {
    code += REF_ALPHABET[n % REF_ALPHABET.length];
    n = Math.floor(n / REF_ALPHABET.length);
  }
  return `CB-${code}`;
}

export async function ensureClinic(db: PrismaClient) {
  await ensureClinicRow(db, { notice: "Stay home if unwell.", phone: "09 555 0100", email: "c@example.test", address: "1 Queen St" });
}

export async function makeProcedure(db: PrismaClient, name = "MSC infusion", requiresScreening = true) {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID().slice(0, 8)}`;
  return db.procedure.create({
    data: { slug, name, summary: "s", description: "d", durationMinutes: 60, bufferMinutes: 0, requiresScreening },
    select: { id: true, slug: true, name: true },
  });
}

export async function makePractitioner(db: PrismaClient, name = "Dr Aroha Ngata") {
  return db.practitioner.create({ data: { name, title: "Physician" }, select: { id: true, name: true } });
}

export const FLAG_REASONS = [{ code: "SYMPTOMS", message: "You told us you have a cough." }];

export const CLEAR_ANSWERS = wellAnswers();

/** A booking with its slot claims and, unless told otherwise, a flagged booking-time screening. */
export async function makeBooking(
  db: PrismaClient,
  args: {
    patientId: string;
    procedureId: string;
    practitionerId: string;
    startsAt: Date;
    status?: BookingStatus;
    flaggedAt?: Date;
    earliestSuggestedDate?: string | null;
    reasons?: { code: string; message: string }[];
    screening?: boolean;
  },
) {
  const status = args.status ?? "FLAGGED";
  const endsAt = new Date(args.startsAt.getTime() + 60 * 60_000);
  const booking = await db.booking.create({
    data: {
      reference: uniqueReference(),
      patientId: args.patientId,
      procedureId: args.procedureId,
      practitionerId: args.practitionerId,
      startsAt: args.startsAt,
      endsAt,
      blockedUntil: endsAt,
      status,
    },
    select: { id: true, reference: true, version: true, startsAt: true },
  });
  if (status === "CONFIRMED" || status === "FLAGGED") {
    await db.slotClaim.createMany({
      data: claimCellsFor({ startsAt: args.startsAt, endsAt }).map((cellStart) => ({
        practitionerId: args.practitionerId,
        cellStart,
        bookingId: booking.id,
      })),
    });
  }
  if (args.screening !== false) {
    const flagged = status === "FLAGGED";
    await db.screeningResponse.create({
      data: {
        bookingId: booking.id,
        kind: "BOOKING",
        questionnaireVersion: 1,
        answers: JSON.stringify(flagged ? { ...CLEAR_ANSWERS, symptoms: ["cough"] } : CLEAR_ANSWERS),
        outcome: flagged ? "FLAGGED" : "CLEAR",
        reasons: JSON.stringify(flagged ? (args.reasons ?? FLAG_REASONS) : []),
        earliestSuggestedDate: args.earliestSuggestedDate ?? null,
        submittedById: args.patientId,
        submittedAt: args.flaggedAt ?? new Date(args.startsAt.getTime() - 5 * 86_400_000),
      },
    });
  }
  return booking;
}
