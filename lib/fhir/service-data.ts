import "server-only";
import type { HealthcareService, Schedule } from "@medplum/fhirtypes";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { parseScheduleId } from "./fhir-ids";
import { inList, type ResourceReader } from "./fhir-context";
import { toHealthcareService, toSchedule } from "./service-resources";

const procedureSelect = { id: true, slug: true, name: true, summary: true, description: true, durationMinutes: true, active: true } as const;

export const healthcareServiceReader: ResourceReader<HealthcareService> = {
  async read(id) {
    const row = await db.procedure.findUnique({ where: { id }, select: procedureSelect });
    return row ? toHealthcareService(row) : null;
  },
  async search(search) {
    const where = { id: inList(search.values._id) };
    const [total, rows] = await Promise.all([
      db.procedure.count({ where }),
      db.procedure.findMany({ where, orderBy: [{ sortOrder: "asc" }, { id: "asc" }], skip: search.offset, take: search.count, select: procedureSelect }),
    ]);
    return { total, resources: rows.map(toHealthcareService) };
  },
};

const scheduleSelect = {
  practitioner: { select: { id: true, name: true, active: true } },
  procedure: { select: { id: true, name: true, active: true } },
} as const;

export const scheduleReader: ResourceReader<Schedule> = {
  async read(id) {
    const key = parseScheduleId(id);
    if (!key) return null;
    const row = await db.practitionerProcedure.findUnique({ where: { practitionerId_procedureId: key }, select: scheduleSelect });
    return row ? toSchedule(row) : null;
  },
  async search(search) {
    const where: Prisma.PractitionerProcedureWhereInput = {};
    if (search.values._id) {
      const keys = search.values._id.flatMap((id) => parseScheduleId(id) ?? []);
      where.OR = keys.length ? keys : [{ practitionerId: "" }];
    }
    if (search.values.actor) {
      // Practitioner and procedure ids are both cuids, so one list serves both.
      where.AND = [{ OR: [{ practitionerId: { in: search.values.actor } }, { procedureId: { in: search.values.actor } }] }];
    }
    const [total, rows] = await Promise.all([
      db.practitionerProcedure.count({ where }),
      db.practitionerProcedure.findMany({
        where,
        orderBy: [{ practitionerId: "asc" }, { procedureId: "asc" }],
        skip: search.offset,
        take: search.count,
        select: scheduleSelect,
      }),
    ]);
    return { total, resources: rows.map((r) => toSchedule(r)) };
  },
};
