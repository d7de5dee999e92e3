// The one way tests make people: a patient with a completed profile (as
// booking requires) and a staff member. Unique emails, so tests never collide.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import type { CurrentUser } from "@/lib/auth/roles";

export async function makePatient(db: PrismaClient, legalName = "Pat Patient"): Promise<CurrentUser> {
  const email = `patient-${randomUUID()}@example.test`;
  const user = await db.user.create({
    data: {
      email,
      name: legalName,
      role: "PATIENT",
      profile: { create: { legalName, dateOfBirth: "1980-05-17", phone: "021 555 0100" } },
    },
    select: { id: true },
  });
  return { id: user.id, email, name: legalName, role: "PATIENT" };
}

export async function makeStaff(db: PrismaClient, name = "Sam Patel", role: "STAFF" | "ADMIN" = "STAFF"): Promise<CurrentUser> {
  const email = `staff-${randomUUID()}@example.test`;
  const user = await db.user.create({ data: { email, name, role }, select: { id: true } });
  return { id: user.id, email, name, role };
}
