import "server-only";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { DomainError } from "@/lib/errors/domain-error";
import { profileSelect, type PatientProfileView } from "./profile-data";
import { PROFILE_FIELDS, type ProfileField, type ProfileInput } from "./profile-schema";

export function changedFields(before: Omit<PatientProfileView, "updatedAt"> | null, after: ProfileInput): ProfileField[] {
  return PROFILE_FIELDS.filter((f) => (before?.[f] ?? null) !== (after[f] ?? null));
}

/**
 * Creates or corrects the signed-in patient's own profile. The audit event (which
 * fields changed — names only) commits in the same transaction as the change.
 */
export async function savePatientProfile(
  actor: Pick<CurrentUser, "id" | "role">,
  input: ProfileInput,
): Promise<{ created: boolean; changed: ProfileField[] }> {
  // Only a patient has a profile, and only their own.
  if (actor.role !== "PATIENT") throw new DomainError("FORBIDDEN", { reason: "NOT_A_PATIENT" });
  const userId = actor.id;
  return db.$transaction(async (tx) => {
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
