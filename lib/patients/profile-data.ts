import "server-only";
import { db } from "@/lib/db/client";

// Read-only: the patient's profile. Saving it is save-patient-profile.ts.

export const profileSelect = { legalName: true, dateOfBirth: true, phone: true, nhi: true, updatedAt: true } as const;

export type PatientProfileView = { legalName: string; dateOfBirth: string; phone: string; nhi: string | null; updatedAt: Date };

export async function hasPatientProfile(userId: string): Promise<boolean> {
  const row = await db.patientProfile.findUnique({ where: { userId }, select: { id: true } });
  return row !== null;
}

export async function getPatientProfile(userId: string): Promise<PatientProfileView | null> {
  return db.patientProfile.findUnique({ where: { userId }, select: profileSelect });
}
