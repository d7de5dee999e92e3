import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CurrentUser } from "@/lib/auth/roles";
import type { BookingStatus } from "@/lib/booking/lifecycle";
import { staffNameOf } from "@/lib/booking/booking-data";
import { outcomeSelect } from "@/lib/screening/screening-data";
import { dismissalsOf } from "@/lib/screening/standing-reasons";
import { parseStoredAnswers, parseStoredReasons, type StoredReason } from "@/lib/screening/stored-response";
import { assertStaff } from "./assert-staff";
import type { ReviewDecision } from "./decision-schema";

export type ReviewResponse = {
  id: string;
  kind: "BOOKING" | "PRE_PROCEDURE";
  questionnaireVersion: number;
  answers: unknown;
  outcome: "CLEAR" | "FLAGGED";
  reasons: StoredReason[];
  earliestSuggestedDate: string | null;
  submittedAt: Date;
  /** The procedure start these answers were assessed for. */
  assessedForStart: Date | null;
  /** Set when the row is a re-assessment of earlier answers after a move. */
  reassessedFromId: string | null;
  /** Reasons a nurse took out of the review on these answers (kept on the answers first given). */
  dismissals: ReviewDismissal[];
};

export type ReviewDismissal = { id: string; code: string; note: string; staffName: string; createdAt: Date };

export type BookingReview = {
  id: string;
  reference: string;
  status: BookingStatus;
  version: number;
  startsAt: Date;
  endsAt: Date;
  procedure: { slug: string; name: string };
  practitioner: { name: string };
  patient: { name: string; email: string; dateOfBirth: string | null; phone: string | null; nhi: string | null };
  /** The staff member who booked it by phone, or null when the patient booked online. */
  bookedByName: string | null;
  /** Oldest first: booking time, then each check-in. */
  responses: ReviewResponse[];
  decisions: { id: string; decision: ReviewDecision; note: string; reviewerName: string; createdAt: Date }[];
};

/**
 * A booking with its patient's details and every screening response, for a
 * staff member's review. Reading health answers is audited: the
 * "screening.viewed" event is written before the answers are returned, so an
 * unaudited view cannot happen. Null for an unknown id (nothing is audited).
 * Staff and admins only.
 */
export async function viewBookingReview(
  viewer: CurrentUser,
  bookingId: string,
  /** False only when the page is rendered again after the viewer's own action on it (the same page view). */
  options: { recordView?: boolean } = {},
): Promise<BookingReview | null> {
  assertStaff(viewer);
  const row = await db.booking.findUnique({
    where: { id: bookingId },
    select: {
      id: true,
      reference: true,
      status: true,
      version: true,
      startsAt: true,
      endsAt: true,
      bookedById: true,
      procedure: { select: { slug: true, name: true } },
      practitioner: { select: { name: true } },
      patient: {
        select: {
          name: true,
          email: true,
          profile: { select: { legalName: true, dateOfBirth: true, phone: true, nhi: true } },
        },
      },
      screenings: {
        orderBy: { submittedAt: "asc" },
        select: {
          ...outcomeSelect,
          answers: true,
          dismissals: {
            orderBy: { createdAt: "asc" },
            select: { id: true, code: true, note: true, createdAt: true, dismissedBy: { select: { name: true, email: true } } },
          },
        },
      },
      reviews: {
        orderBy: { createdAt: "asc" },
        select: { id: true, decision: true, note: true, createdAt: true, reviewer: { select: { name: true, email: true } } },
      },
    },
  });
  if (!row) return null;

  if (options.recordView !== false) await recordAudit(db, {
    actorId: viewer.id,
    action: "screening.viewed",
    entityType: "Booking",
    entityId: row.id,
    // Which record and how much of it was seen — never the answers themselves.
    details: { reference: row.reference, responses: row.screenings.length },
  });

  const profile = row.patient.profile;
  return {
    bookedByName: row.bookedById ? await staffNameOf(row.bookedById) : null,
    id: row.id,
    reference: row.reference,
    status: row.status,
    version: row.version,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    procedure: row.procedure,
    practitioner: row.practitioner,
    patient: {
      name: profile?.legalName ?? row.patient.name ?? row.patient.email,
      email: row.patient.email,
      dateOfBirth: profile?.dateOfBirth ?? null,
      phone: profile?.phone ?? null,
      nhi: profile?.nhi ?? null,
    },
    responses: row.screenings.map((s) => ({
      assessedForStart: s.assessedForStart,
      reassessedFromId: s.reassessedFromId,
      dismissals: dismissalsOf(s, row.screenings).map((d) => ({
        id: d.id,
        code: d.code,
        note: d.note,
        staffName: d.dismissedBy.name ?? d.dismissedBy.email,
        createdAt: d.createdAt,
      })),
      id: s.id,
      kind: s.kind,
      questionnaireVersion: s.questionnaireVersion,
      answers: parseStoredAnswers(s.answers),
      outcome: s.outcome,
      reasons: parseStoredReasons(s.reasons),
      earliestSuggestedDate: s.earliestSuggestedDate,
      submittedAt: s.submittedAt,
    })),
    decisions: row.reviews.map((r) => ({
      id: r.id,
      decision: r.decision,
      note: r.note,
      reviewerName: r.reviewer.name ?? r.reviewer.email,
      createdAt: r.createdAt,
    })),
  };
}

