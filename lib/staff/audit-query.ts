import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { addClinicDays } from "@/lib/availability/clinic-date";
import { clinicInstant } from "@/lib/availability/clinic-time";
import { AUDIT_PAGE_SIZE, parseRecordFilter, type AuditFilters } from "./audit-filters";
import { containsIgnoringCase } from "@/lib/db/text-search";

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  /** Identifiers and status names only (recordAudit never stores health answers). */
  details: Record<string, unknown>;
  actor: { id: string; name: string; email: string; role: string } | null;
};

export type AuditPage = { items: AuditRow[]; page: number; pageSize: number; total: number };

// Prisma's SQLite driver allows 999 bound values per query.
const MAX_PEOPLE = 900;

/** Newest first; every filter narrows. Indexes: (actorId, createdAt), (entityType, entityId, createdAt), (createdAt). */
export async function findAuditPage(filters: AuditFilters, timeZone: string): Promise<AuditPage> {
  const where: Prisma.AuditEventWhereInput = {};
  if (filters.person) {
    const people = await db.user.findMany({
      where: { OR: [{ name: containsIgnoringCase(filters.person) }, { email: containsIgnoringCase(filters.person) }] },
      select: { id: true },
      take: MAX_PEOPLE,
    });
    where.actorId = { in: people.map((p) => p.id) };
  }
  if (filters.record) {
    const record = parseRecordFilter(filters.record);
    if ("reference" in record) {
      const booking = await db.booking.findUnique({ where: { reference: record.reference }, select: { id: true } });
      where.entityType = "Booking";
      where.entityId = booking?.id ?? "no-such-booking";
    } else {
      if ("entityType" in record) where.entityType = record.entityType;
      where.entityId = record.entityId;
    }
  }
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: clinicInstant(filters.from, "00:00", timeZone) } : {}),
      ...(filters.to ? { lt: clinicInstant(addClinicDays(filters.to, 1), "00:00", timeZone) } : {}),
    };
  }
  const skip = (filters.page - 1) * AUDIT_PAGE_SIZE;
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        action: true,
        entityType: true,
        entityId: true,
        details: true,
        actor: { select: { id: true, name: true, email: true, role: true } },
      },
    }),
    db.auditEvent.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({
      ...row,
      details: parseDetails(row.details),
      actor: row.actor ? { ...row.actor, name: row.actor.name ?? row.actor.email } : null,
    })),
    page: filters.page,
    pageSize: AUDIT_PAGE_SIZE,
    total,
  };
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
