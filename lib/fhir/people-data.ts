import "server-only";
import type { Patient, Practitioner } from "@medplum/fhirtypes";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { NHI_SYSTEM } from "./code-systems";
import { inList, type ResourceReader } from "./fhir-context";
import { toPatient, toPractitioner } from "./people-resources";

const patientSelect = {
  id: true,
  email: true,
  updatedAt: true,
  profile: { select: { legalName: true, dateOfBirth: true, phone: true, nhi: true } },
} as const;

/** identifier=system|value, |value or value; only the NHI system is known. */
function nhiFilter(identifiers: string[] | undefined): Prisma.UserWhereInput | undefined {
  if (!identifiers) return undefined;
  const nhis = identifiers.flatMap((raw) => {
    const [system, value] = raw.includes("|") ? raw.split("|", 2) : [undefined, raw];
    if (system && system !== NHI_SYSTEM) return [];
    return value ? [value.toUpperCase()] : [];
  });
  return { profile: { nhi: { in: nhis } } };
}

export const patientReader: ResourceReader<Patient> = {
  async read(id) {
    const row = await db.user.findFirst({ where: { id, role: "PATIENT" }, select: patientSelect });
    return row ? toPatient(row) : null;
  },
  async search(search) {
    const where: Prisma.UserWhereInput = { role: "PATIENT", id: inList(search.values._id), ...nhiFilter(search.values.identifier) };
    const [total, rows] = await Promise.all([
      db.user.count({ where }),
      db.user.findMany({ where, orderBy: { id: "asc" }, skip: search.offset, take: search.count, select: patientSelect }),
    ]);
    return { total, resources: rows.map(toPatient) };
  },
};

const practitionerSelect = { id: true, name: true, title: true, active: true } as const;

export const practitionerReader: ResourceReader<Practitioner> = {
  async read(id) {
    const row = await db.practitioner.findUnique({ where: { id }, select: practitionerSelect });
    return row ? toPractitioner(row) : null;
  },
  async search(search) {
    const where = { id: inList(search.values._id) };
    const [total, rows] = await Promise.all([
      db.practitioner.count({ where }),
      db.practitioner.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], skip: search.offset, take: search.count, select: practitionerSelect }),
    ]);
    return { total, resources: rows.map(toPractitioner) };
  },
};
