import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { addClinicDays } from "@/lib/availability/clinic-date";
import { clinicInstant } from "@/lib/availability/clinic-time";
import { AUDIT_PAGE_SIZE, parseRecordFilter, type AuditFilters } from "./audit-filters";
import { containsIgnoringCase } from "@/lib/db/text-search";
import { formatClinicDate } from "@/lib/availability/clinic-display";
import { describeAuditAction, describeAuditDetails, type AuditField } from "@/lib/audit/describe-audit-event";

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  /** Identifiers and status names only (recordAudit never stores health answers). */
  details: Record<string, unknown>;
  actor: { id: string; name: string; email: string; role: string } | null;
  /** What happened, in words ("Viewed health answers"). */
  actionLabel: string;
  /** The record by what people know it by: a booking's reference and patient, a practitioner's name… */
  record: AuditRecord;
  /** The details as labelled fields, for "details on demand". */
  fields: AuditField[];
};

export type AuditRecord = {
  /** "Booking", "Patient", "Time off"… */
  kind: string;
  /** e.g. the booking reference, a practitioner or API client name; null when the record is gone. */
  label: string | null;
  patientName: string | null;
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
  const parsed = rows.map((row) => ({ ...row, details: parseDetails(row.details) }));
  const [records, names] = await Promise.all([resolveRecords(parsed, timeZone), lookUpNames(parsed)]);
  return {
    items: parsed.map((row) => ({
      ...row,
      actor: row.actor ? { ...row.actor, name: row.actor.name ?? row.actor.email } : null,
      actionLabel: describeAuditAction(row.action, row.details),
      record: records.get(`${row.entityType}:${row.entityId}`) ?? { kind: KIND_WORDS[row.entityType] ?? row.entityType, label: null, patientName: null },
      fields: describeAuditDetails(row.details, { timeZone, ...names }),
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

type ParsedRow = { entityType: string; entityId: string; details: Record<string, unknown> };

const KIND_WORDS: Record<string, string> = {
  Booking: "Booking",
  ScreeningResponse: "Health answers",
  User: "Person",
  PatientProfile: "Patient details",
  TimeOff: "Time off",
  CalendarFeed: "Calendar feed",
  ApiClient: "API client",
};

const idsOf = (rows: ParsedRow[], type: string) => [...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId))];

type PatientNameRow = { name: string | null; email: string; profile: { legalName: string } | null };
const patientNameOf = (p: PatientNameRow) => p.profile?.legalName ?? p.name ?? p.email;
const patientNameSelect = { name: true, email: true, profile: { select: { legalName: true } } } as const;

/**
 * Each event's record in words, with one read per record type on the page:
 * bookings (and answer sets) by reference and patient, people and profiles by
 * name, time off and calendar feeds by practitioner, API clients by name.
 */
async function resolveRecords(rows: ParsedRow[], timeZone: string): Promise<Map<string, AuditRecord>> {
  // No read for a type with no events on this page.
  const some = <T>(type: string, read: (ids: string[]) => Promise<T[]>) => {
    const ids = idsOf(rows, type);
    return ids.length ? read(ids) : Promise.resolve([] as T[]);
  };
  const [bookings, responses, users, profiles, timeOff, feeds, clients] = await Promise.all([
    some("Booking", (ids) => db.booking.findMany({ where: { id: { in: ids } }, select: { id: true, reference: true, patient: { select: patientNameSelect } } })),
    some("ScreeningResponse", (ids) =>
      db.screeningResponse.findMany({
        where: { id: { in: ids } },
        select: { id: true, booking: { select: { reference: true, patient: { select: patientNameSelect } } } },
      }),
    ),
    some("User", (ids) => db.user.findMany({ where: { id: { in: ids } }, select: { id: true, role: true, ...patientNameSelect } })),
    some("PatientProfile", (ids) => db.patientProfile.findMany({ where: { id: { in: ids } }, select: { id: true, legalName: true } })),
    some("TimeOff", (ids) =>
      db.timeOff.findMany({ where: { id: { in: ids } }, select: { id: true, startsAt: true, practitioner: { select: { name: true } } } }),
    ),
    some("CalendarFeed", (ids) => db.calendarFeed.findMany({ where: { id: { in: ids } }, select: { id: true, practitioner: { select: { name: true } } } })),
    some("ApiClient", (ids) => db.apiClient.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })),
  ]);
  const out = new Map<string, AuditRecord>();
  for (const b of bookings) out.set(`Booking:${b.id}`, { kind: "Booking", label: b.reference, patientName: patientNameOf(b.patient) });
  for (const r of responses) {
    out.set(`ScreeningResponse:${r.id}`, { kind: "Health answers", label: `for ${r.booking.reference}`, patientName: patientNameOf(r.booking.patient) });
  }
  for (const u of users) {
    out.set(
      `User:${u.id}`,
      u.role === "PATIENT"
        ? { kind: "Patient", label: null, patientName: patientNameOf(u) }
        : { kind: "Staff member", label: u.name ?? u.email, patientName: null },
    );
  }
  for (const p of profiles) out.set(`PatientProfile:${p.id}`, { kind: "Patient details", label: null, patientName: p.legalName });
  for (const t of timeOff) {
    out.set(`TimeOff:${t.id}`, { kind: "Time off", label: `${t.practitioner.name}, from ${formatClinicDate(t.startsAt, timeZone)}`, patientName: null });
  }
  for (const f of feeds) out.set(`CalendarFeed:${f.id}`, { kind: "Calendar feed", label: f.practitioner.name, patientName: null });
  for (const c of clients) out.set(`ApiClient:${c.id}`, { kind: "API client", label: c.name, patientName: null });
  return out;
}

/** Names for ids and codes inside details: practitioners by id, procedures by slug. */
async function lookUpNames(rows: ParsedRow[]) {
  const practitionerIds = [...new Set(rows.map((r) => r.details.practitionerId).filter((v): v is string => typeof v === "string"))];
  const slugs = [...new Set(rows.map((r) => r.details.procedure).filter((v): v is string => typeof v === "string"))];
  const [practitioners, procedures] = await Promise.all([
    practitionerIds.length ? db.practitioner.findMany({ where: { id: { in: practitionerIds } }, select: { id: true, name: true } }) : [],
    slugs.length ? db.procedure.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true } }) : [],
  ]);
  return {
    practitioners: new Map(practitioners.map((p) => [p.id, p.name])),
    procedures: new Map(procedures.map((p) => [p.slug, p.name])),
  };
}
