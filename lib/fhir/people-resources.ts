import type { Patient, Practitioner } from "@medplum/fhirtypes";
import { NHI_SYSTEM } from "./code-systems";

export type PatientRow = {
  id: string;
  email: string;
  updatedAt: Date;
  profile: { legalName: string; dateOfBirth: string; phone: string; nhi: string | null } | null;
};

/** A patient account. The legal name is given as text: we do not split names we were not given split. */
export function toPatient(row: PatientRow): Patient {
  const p = row.profile;
  return {
    resourceType: "Patient",
    id: row.id,
    meta: { lastUpdated: row.updatedAt.toISOString() },
    ...(p?.nhi ? { identifier: [{ use: "official", system: NHI_SYSTEM, value: p.nhi }] } : {}),
    active: true,
    ...(p ? { name: [{ use: "official", text: p.legalName }] } : {}),
    telecom: [
      ...(p?.phone ? [{ system: "phone" as const, value: p.phone }] : []),
      { system: "email", value: row.email },
    ],
    ...(p ? { birthDate: p.dateOfBirth } : {}),
  };
}

export type PractitionerRow = { id: string; name: string; title: string; active: boolean };

export function toPractitioner(row: PractitionerRow): Practitioner {
  return {
    resourceType: "Practitioner",
    id: row.id,
    active: row.active,
    name: [{ text: row.name }],
    ...(row.title ? { qualification: [{ code: { text: row.title } }] } : {}),
  };
}
