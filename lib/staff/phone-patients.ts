import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CurrentUser } from "@/lib/auth/roles";
import { containsIgnoringCase } from "@/lib/db/text-search";
import { DomainError } from "@/lib/errors/domain-error";
import { isUniqueViolation } from "@/lib/booking/unique-violation";
import { assertStaff } from "./assert-staff";
import { patientSearchTerms, type NewPatientInput } from "./phone-patient-schema";

// Staff find or create the patient a phone booking is for. Names, dates of
// birth and contact details only: no health answers are read here.

export const PATIENT_SEARCH_LIMIT = 20;

export type PhonePatient = {
  id: string;
  name: string;
  email: string;
  dateOfBirth: string;
  phone: string;
  nhi: string | null;
};

const patientSelect = {
  id: true,
  email: true,
  profile: { select: { legalName: true, dateOfBirth: true, phone: true, nhi: true } },
} as const satisfies Prisma.UserSelect;

type PatientRow = Prisma.UserGetPayload<{ select: typeof patientSelect }>;

function toPhonePatient(row: PatientRow): PhonePatient | null {
  if (!row.profile) return null;
  return {
    id: row.id,
    name: row.profile.legalName,
    email: row.email,
    dateOfBirth: row.profile.dateOfBirth,
    phone: row.profile.phone,
    nhi: row.profile.nhi,
  };
}

/** Patients (with a completed profile) matching a name, date of birth, NHI, phone or email; by name. */
export async function findPhonePatients(actor: CurrentUser, q: string): Promise<PhonePatient[]> {
  assertStaff(actor);
  const terms = patientSearchTerms(q);
  const profile: Prisma.PatientProfileWhereInput[] = [{ legalName: containsIgnoringCase(terms.text) }, { phone: { contains: terms.text } }];
  if (terms.dateOfBirth) profile.push({ dateOfBirth: terms.dateOfBirth });
  if (terms.nhi) profile.push({ nhi: terms.nhi });
  if (terms.phoneDigits && terms.phoneDigits !== terms.text) profile.push({ phone: { contains: terms.phoneDigits } });
  const rows = await db.user.findMany({
    where: {
      role: "PATIENT",
      profile: { isNot: null },
      OR: [{ email: containsIgnoringCase(terms.text) }, ...profile.map((p) => ({ profile: { is: p } }))],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: PATIENT_SEARCH_LIMIT,
    select: patientSelect,
  });
  return rows.flatMap((row) => toPhonePatient(row) ?? []);
}

/** One patient for a phone booking, or null (unknown id, not a patient, or no profile yet). */
export async function getPhonePatient(actor: CurrentUser, patientId: string): Promise<PhonePatient | null> {
  assertStaff(actor);
  const row = await db.user.findFirst({ where: { id: patientId, role: "PATIENT" }, select: patientSelect });
  return row ? toPhonePatient(row) : null;
}

/**
 * A new patient account with its profile, made by staff for a phone booking.
 * It is an ordinary patient account: the patient can sign in later with an
 * emailed link to the same address. An address already in use is refused
 * (find that patient instead). Audited as "patient.created".
 */
export async function createPhonePatient(actor: CurrentUser, input: NewPatientInput): Promise<PhonePatient> {
  assertStaff(actor);
  const taken = () =>
    new DomainError(
      "VALIDATION_FAILED",
      { subject: "patient" },
      { fieldErrors: { email: ["There is already an account with this email address. Search for the patient instead."] } },
    );
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw taken();
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.legalName,
          role: "PATIENT",
          profile: { create: { legalName: input.legalName, dateOfBirth: input.dateOfBirth, phone: input.phone, nhi: input.nhi } },
        },
        select: patientSelect,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "patient.created",
        entityType: "User",
        entityId: user.id,
        details: { channel: "phone" },
      });
      return toPhonePatient(user)!;
    });
  } catch (error) {
    // Created by someone else between the check and the write.
    if (isUniqueViolation(error, "User", ["email"])) throw taken();
    throw error;
  }
}
