import "server-only";
import type { Appointment } from "@medplum/fhirtypes";
import type { BookingStatus, Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { bookingStatusesFor, toAppointment } from "./appointment-resource";
import { FhirError } from "./fhir-error";
import { inList, type ResourceReader } from "./fhir-context";

const appointmentSelect = {
  id: true,
  reference: true,
  status: true,
  startsAt: true,
  endsAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  patient: { select: { id: true, profile: { select: { legalName: true } } } },
  practitioner: { select: { id: true, name: true } },
  procedure: { select: { id: true, name: true } },
} as const;

function statusFilter(codes: string[] | undefined): { in: BookingStatus[] } | undefined {
  if (!codes) return undefined;
  const statuses = codes.flatMap((code) => {
    const matches = bookingStatusesFor(code);
    if (!matches) throw new FhirError("invalid", `"${code}" is not an Appointment status.`, "status");
    return matches;
  });
  return { in: statuses };
}

export const appointmentReader: ResourceReader<Appointment> = {
  async read(id) {
    const row = await db.booking.findUnique({ where: { id }, select: appointmentSelect });
    return row ? toAppointment(row) : null;
  },
  async search(search) {
    const date = search.dates.date;
    const where: Prisma.BookingWhereInput = {
      id: inList(search.values._id),
      status: statusFilter(search.values.status),
      patientId: inList(search.values.patient),
      practitionerId: inList(search.values.practitioner),
      ...(date ? { startsAt: { ...(date.gte ? { gte: date.gte } : {}), ...(date.lt ? { lt: date.lt } : {}) } } : {}),
    };
    const [total, rows] = await Promise.all([
      db.booking.count({ where }),
      db.booking.findMany({ where, orderBy: [{ startsAt: "asc" }, { id: "asc" }], skip: search.offset, take: search.count, select: appointmentSelect }),
    ]);
    return { total, resources: rows.map(toAppointment) };
  },
};
