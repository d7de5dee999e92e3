import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { sqlTime } from "@/lib/db/sql-time";

// The booking path's hottest reads as plain SQL. Each Prisma model call costs
// about half a millisecond of query compiling before it reaches the database
// (Prisma 6.19 keeps no plan cache); a raw statement skips it. Reads only:
// every write still goes through Prisma, so ids and defaults are Prisma's.
// Each statement is whole and runs unchanged on SQLite and PostgreSQL (no SQL
// fragments: each database's client has its own fragment class). Times are
// bound as each database stores them: SQLite compares Prisma's ISO text
// ("…+00:00") as text, PostgreSQL takes the instant.

type Client = Prisma.TransactionClient;


// The status compared as text: PostgreSQL has no "enum = text" operator for a bound value.
// SQLite answers 0/1 (sometimes as a bigint), PostgreSQL true/false.
const flag = (value: unknown) => Boolean(Number(value));

export type ContextRow = {
  clinic: { name: string; timeZone: string; notice: string; phone: string; email: string; address: string };
  procedure: {
    id: string;
    slug: string;
    name: string;
    durationMinutes: number;
    bufferMinutes: number;
    requiresScreening: boolean;
    maxUpcomingPerPatient: number;
    prerequisites: { requiredId: string }[];
  } | null;
  hasProfile: boolean;
};

/**
 * The clinic, the active procedure by slug (or null) with its rules, and
 * whether the patient has a profile: one statement (a row per prerequisite).
 */
export async function selectBookingContext(patientId: string, procedureSlug: string, client: Client = db): Promise<ContextRow | null> {
  const rows = await client.$queryRaw<Record<string, unknown>[]>`
    SELECT c."name", c."timeZone", c."notice", c."phone", c."email", c."address",
           p."id" AS "procedureId", p."slug" AS "procedureSlug", p."name" AS "procedureName",
           p."durationMinutes", p."bufferMinutes", p."requiresScreening", p."maxUpcomingPerPatient",
           pr."requiredId",
           EXISTS (SELECT 1 FROM "PatientProfile" pp WHERE pp."userId" = ${patientId}) AS "hasProfile"
    FROM "Clinic" c
    LEFT JOIN "Procedure" p ON p."slug" = ${procedureSlug} AND p."active" = TRUE
    LEFT JOIN "ProcedurePrerequisite" pr ON pr."procedureId" = p."id"
    WHERE c."id" = 'clinic'`;
  const row = rows[0];
  if (!row) return null;
  return {
    clinic: {
      name: String(row.name),
      timeZone: String(row.timeZone),
      notice: String(row.notice),
      phone: String(row.phone),
      email: String(row.email),
      address: String(row.address),
    },
    procedure:
      row.procedureId == null
        ? null
        : {
            id: String(row.procedureId),
            slug: String(row.procedureSlug),
            name: String(row.procedureName),
            durationMinutes: Number(row.durationMinutes),
            bufferMinutes: Number(row.bufferMinutes),
            requiresScreening: flag(row.requiresScreening),
            maxUpcomingPerPatient: Number(row.maxUpcomingPerPatient),
            prerequisites: rows.filter((r) => r.requiredId != null).map((r) => ({ requiredId: String(r.requiredId) })),
          },
    hasProfile: flag(row.hasProfile),
  };
}

/** The practitioner's title, and whether time off blocks any of [startsAt, endsAt). */
export async function selectPractitionerFree(
  client: Client,
  args: { practitionerId: string; startsAt: Date; endsAt: Date },
): Promise<{ title: string; timeOff: boolean }> {
  const rows = await client.$queryRaw<{ title: string; timeOff: unknown }[]>`
    SELECT pr."title",
           EXISTS (SELECT 1 FROM "TimeOff" t
                   WHERE t."practitionerId" = pr."id" AND t."startsAt" < ${sqlTime(args.endsAt)} AND t."endsAt" > ${sqlTime(args.startsAt)}) AS "timeOff"
    FROM "Practitioner" pr WHERE pr."id" = ${args.practitionerId}`;
  const row = rows[0];
  if (!row) throw new Error("practitioner not found");
  return { title: row.title, timeOff: flag(row.timeOff) };
}
