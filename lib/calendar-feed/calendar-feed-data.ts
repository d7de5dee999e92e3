import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { readClinic } from "@/lib/clinic/clinic-data";
import { hashSecretToken, newSecretToken } from "@/lib/api-clients/secret-token";
import type { CalendarFeedInput } from "./calendar-feed-schema";
import { practitionerFeed } from "./practitioner-feed";

const FEED_TOKEN_PREFIX = "cbf_";
/** Bookings that still happen or happened: what belongs in a working calendar. */
const FEED_STATUSES = ["CONFIRMED", "FLAGGED", "COMPLETED", "NO_SHOW"] as const;
const PAST_DAYS = 30;
const FUTURE_DAYS = 365;
const DAY_MS = 86_400_000;

export type CalendarFeedSummary = {
  id: string;
  practitionerName: string;
  showPatientNames: boolean;
  tokenHint: string;
  createdAt: Date;
  revokedAt: Date | null;
};

export const calendarFeedPath = (token: string) => `/api/calendar-feeds/${token}.ics`;

/**
 * A new feed for a practitioner; any feed they had is revoked in the same
 * transaction, so each practitioner has at most one working URL.
 */
export async function createCalendarFeed(
  input: CalendarFeedInput,
  adminId: string,
  now: Date = new Date(),
): Promise<{ ok: true; token: string; practitionerName: string } | { ok: false; field: "practitionerId"; message: string }> {
  const practitioner = await db.practitioner.findUnique({ where: { id: input.practitionerId }, select: { id: true, name: true } });
  if (!practitioner) return { ok: false, field: "practitionerId", message: "Choose a practitioner from the list" };
  const { token, hash, hint } = newSecretToken(FEED_TOKEN_PREFIX);
  await db.$transaction(async (tx) => {
    await tx.calendarFeed.updateMany({ where: { practitionerId: practitioner.id, revokedAt: null }, data: { revokedAt: now } });
    const feed = await tx.calendarFeed.create({
      data: { practitionerId: practitioner.id, tokenHash: hash, tokenHint: hint, showPatientNames: input.showPatientNames, createdById: adminId },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: adminId,
      action: "calendar-feed.created",
      entityType: "CalendarFeed",
      entityId: feed.id,
      details: { practitionerId: practitioner.id, showPatientNames: input.showPatientNames },
    });
  });
  return { ok: true, token, practitionerName: practitioner.name };
}

export async function revokeCalendarFeed(id: string, adminId: string, now: Date = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.calendarFeed.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    if (count === 0) return false;
    await recordAudit(tx, { actorId: adminId, action: "calendar-feed.revoked", entityType: "CalendarFeed", entityId: id });
    return true;
  });
}

export async function listCalendarFeeds(): Promise<CalendarFeedSummary[]> {
  const rows = await db.calendarFeed.findMany({
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    take: 200,
    select: { id: true, showPatientNames: true, tokenHint: true, createdAt: true, revokedAt: true, practitioner: { select: { name: true } } },
  });
  return rows.map(({ practitioner, ...r }) => ({ ...r, practitionerName: practitioner.name }));
}

/** The iCalendar text for a feed token, or null when the token is unknown or revoked. */
export async function calendarFeedForToken(token: string, now: Date = new Date()): Promise<string | null> {
  if (!/^[A-Za-z0-9_\-]{10,200}$/.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { id: true, revokedAt: true, showPatientNames: true, practitioner: { select: { id: true, name: true } } },
  });
  if (!feed || feed.revokedAt) return null;
  const [clinic, bookings] = await Promise.all([
    readClinic(),
    db.booking.findMany({
      where: {
        practitionerId: feed.practitioner.id,
        status: { in: [...FEED_STATUSES] },
        startsAt: { gte: new Date(now.getTime() - PAST_DAYS * DAY_MS), lt: new Date(now.getTime() + FUTURE_DAYS * DAY_MS) },
      },
      orderBy: { startsAt: "asc" },
      take: 2000,
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        version: true,
        patientId: true,
        procedure: { select: { name: true } },
      },
    }),
  ]);
  // Names are read only when the clinic turned them on for this feed.
  const names = feed.showPatientNames ? await patientNames(bookings.map((b) => b.patientId)) : new Map<string, string>();
  if (feed.showPatientNames) {
    // Patients' names left the clinic in this answer: recorded like any other read of patient data.
    await recordAudit(db, {
      actorId: null,
      action: "calendar-feed.read-with-names",
      entityType: "CalendarFeed",
      entityId: feed.id,
      details: { practitionerId: feed.practitioner.id, bookings: bookings.length },
    });
  }
  return practitionerFeed({
    practitionerName: feed.practitioner.name,
    clinic,
    showPatientNames: feed.showPatientNames,
    now,
    bookings: bookings.map((b) => ({
      id: b.id,
      procedureName: b.procedure.name,
      startsAt: b.startsAt,
      endsAt: b.endsAt,
      version: b.version,
      patientName: names.get(b.patientId) ?? null,
    })),
  });
}

async function patientNames(userIds: string[]): Promise<Map<string, string>> {
  const profiles = await db.patientProfile.findMany({
    where: { userId: { in: [...new Set(userIds)] } },
    select: { userId: true, legalName: true },
  });
  return new Map(profiles.map((p) => [p.userId, p.legalName]));
}

/** Practitioners an admin can make a feed for. */
export async function listFeedPractitioners(): Promise<{ id: string; name: string }[]> {
  return db.practitioner.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
