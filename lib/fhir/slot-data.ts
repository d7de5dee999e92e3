import "server-only";
import type { Slot } from "@medplum/fhirtypes";
import { db } from "@/lib/db/client";
import { loadPractitionerSchedules } from "@/lib/availability/slot-data";
import { addClinicDays, clinicDateOf, computeFreeSlots, MAX_SLOT_QUERY_DAYS } from "@/lib/availability";
import { FhirError } from "./fhir-error";
import { parseScheduleId, parseSlotId, type ScheduleKey } from "./fhir-ids";
import type { FhirContext, ResourceReader } from "./fhir-context";
import { toSlot } from "./service-resources";

const DEFAULT_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Free times of one schedule in [gte, lt): the same read and the same pure
 * rules as the patients' slot picker (lib/availability), for one practitioner.
 */
async function freeSlots(key: ScheduleKey, gte: Date, lt: Date, ctx: FhirContext): Promise<Slot[]> {
  const { practitionerId, procedureId } = key;
  const link = await db.practitionerProcedure.findUnique({
    where: { practitionerId_procedureId: { practitionerId, procedureId } },
    select: { procedure: { select: { name: true, active: true, durationMinutes: true, bufferMinutes: true } } },
  });
  if (!link || !link.procedure.active) return [];
  const range = { from: clinicDateOf(gte, ctx.timeZone), to: clinicDateOf(new Date(lt.getTime() - 1), ctx.timeZone) };
  const schedules = await loadPractitionerSchedules({ procedureId, range, timeZone: ctx.timeZone });
  const practitioners = schedules.filter((s) => s.id === practitionerId);
  const slots = computeFreeSlots({ procedure: link.procedure, practitioners, ...range, timeZone: ctx.timeZone, now: ctx.now });
  return slots
    .filter((s) => s.startsAt >= gte && s.startsAt < lt)
    .map((s) => toSlot({ practitionerId, procedureId, procedureName: link.procedure.name }, s));
}

export const slotReader: ResourceReader<Slot> = {
  async read(id, ctx) {
    const key = parseSlotId(id);
    if (!key) return null;
    const slots = await freeSlots(key, key.startsAt, new Date(key.startsAt.getTime() + 60_000), ctx);
    return slots.find((s) => s.id === id) ?? null;
  },
  async search(search, ctx) {
    const schedules = search.values.schedule;
    if (!schedules) {
      throw new FhirError("invalid", "Slot searches need schedule=Schedule/{id}: free times are computed per schedule.", "schedule");
    }
    const gte = search.dates.start?.gte ?? ctx.now;
    const lt = search.dates.start?.lt ?? new Date(gte.getTime() + DEFAULT_DAYS * DAY_MS);
    if (lt <= gte) return { total: 0, resources: [] };
    const lastDay = addClinicDays(clinicDateOf(gte, ctx.timeZone), MAX_SLOT_QUERY_DAYS);
    if (clinicDateOf(new Date(lt.getTime() - 1), ctx.timeZone) > lastDay) {
      throw new FhirError("invalid", `A Slot search covers at most ${MAX_SLOT_QUERY_DAYS} days: narrow start=ge…&start=lt….`, "start");
    }
    if (search.values.status && !search.values.status.includes("free")) return { total: 0, resources: [] };
    const all: Slot[] = [];
    for (const id of schedules) {
      const key = parseScheduleId(id);
      if (key) all.push(...(await freeSlots(key, gte, lt, ctx)));
    }
    all.sort((a, b) => a.start!.localeCompare(b.start!) || a.id!.localeCompare(b.id!));
    return { total: all.length, resources: all.slice(search.offset, search.offset + search.count) };
  },
};
