// Bookings for FHIR and calendar-feed tests, written straight to the
// per-file SQLite database the way booking and screening leave them.
import { randomUUID } from "node:crypto";
import type { BookingStatus, PrismaClient } from "@prisma/client";
import { wellAnswers } from "@/lib/screening/well-answers";

let counter = 0;

export async function makeBooking(
  db: PrismaClient,
  args: { patientId: string; practitionerId: string; procedureId: string; startsAt: Date; minutes: number; status: BookingStatus },
) {
  const endsAt = new Date(args.startsAt.getTime() + args.minutes * 60_000);
  return db.booking.create({
    data: {
      reference: `CB-T${(counter++).toString(36).toUpperCase().padStart(4, "0")}${randomUUID().slice(0, 2).toUpperCase()}`,
      patientId: args.patientId,
      procedureId: args.procedureId,
      practitionerId: args.practitionerId,
      startsAt: args.startsAt,
      endsAt,
      blockedUntil: endsAt,
      status: args.status,
    },
    select: { id: true, reference: true, version: true },
  });
}

const CLEAR_ANSWERS = wellAnswers();

/** A clear booking-time response, then a flagged check-in with reasons. */
export async function addFlaggingScreening(db: PrismaClient, bookingId: string, patientId: string, now: Date) {
  await db.screeningResponse.create({
    data: {
      bookingId,
      kind: "BOOKING",
      questionnaireVersion: 1,
      answers: JSON.stringify(CLEAR_ANSWERS),
      outcome: "CLEAR",
      reasons: "[]",
      submittedById: patientId,
      submittedAt: new Date(now.getTime() - 3 * 86_400_000),
    },
  });
  return db.screeningResponse.create({
    data: {
      bookingId,
      kind: "PRE_PROCEDURE",
      questionnaireVersion: 1,
      answers: JSON.stringify({ ...CLEAR_ANSWERS, symptoms: ["cough"], closeContact: "yes", closeContactDate: "2026-11-20" }),
      outcome: "FLAGGED",
      reasons: JSON.stringify([
        { code: "SYMPTOMS", message: "You told us you have a new or worse cough." },
        { code: "CLOSE_CONTACT", message: "You were a close contact of someone with flu." },
      ]),
      submittedById: patientId,
      submittedAt: new Date(now.getTime() - 3_600_000),
    },
    select: { id: true },
  });
}
