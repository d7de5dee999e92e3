import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { clinicToday } from "@/lib/availability/clinic-time";
import { profileSchema, PROFILE_FIELDS, type ProfileField, type ProfileInput } from "./profile-schema";
import { lockForUpdate } from "@/lib/db/row-locks";

export const CLINIC_TIME_ZONE = "Pacific/Auckland";

const profileSelect = { legalName: true, dateOfBirth: true, phone: true, nhi: true, updatedAt: true } as const;

export type PatientProfileView = { legalName: string; dateOfBirth: string; phone: string; nhi: string | null; updatedAt: Date };

/** The schema as of `now` (date of birth must be before the clinic's today). */
export function profileSchemaAt(now: Date = new Date()) {
  return profileSchema(clinicToday(now, CLINIC_TIME_ZONE));
}

export async function hasPatientProfile(userId: string): Promise<boolean> {
  const row = await db.patientProfile.findUnique({ where: { userId }, select: { id: true } });
  return row !== null;
}

export async function getPatientProfile(userId: string): Promise<PatientProfileView | null> {
  return db.patientProfile.findUnique({ where: { userId }, select: profileSelect });
}

export function changedFields(before: Omit<PatientProfileView, "updatedAt"> | null, after: ProfileInput): ProfileField[] {
  return PROFILE_FIELDS.filter((f) => (before?.[f] ?? null) !== (after[f] ?? null));
}

/**
 * Creates or corrects the patient's own profile. The audit event (which
 * fields changed — names only) commits in the same transaction as the change.
 */
export async function savePatientProfile(
  userId: string,
  input: ProfileInput,
): Promise<{ created: boolean; changed: ProfileField[] }> {
  return db.$transaction(async (tx) => {
    // One save at a time per user, so two first saves cannot both create (docs/decisions/011).
    await lockForUpdate(tx, "User", userId);
    const before = await tx.patientProfile.findUnique({ where: { userId }, select: { id: true, ...profileSelect } });
    const changed = changedFields(before, input);
    if (before && changed.length === 0) return { created: false, changed };
    const data = { legalName: input.legalName, dateOfBirth: input.dateOfBirth, phone: input.phone, nhi: input.nhi };
    const profile = before
      ? await tx.patientProfile.update({ where: { userId }, data, select: { id: true } })
      : await tx.patientProfile.create({ data: { userId, ...data }, select: { id: true } });
    // The name staff see in greetings and lists follows the legal name.
    await tx.user.update({ where: { id: userId }, data: { name: input.legalName }, select: { id: true } });
    await recordAudit(tx, {
      actorId: userId,
      action: before ? "profile.updated" : "profile.created",
      entityType: "PatientProfile",
      entityId: profile.id,
      details: { fields: changed.join(",") },
    });
    return { created: !before, changed };
  });
}
