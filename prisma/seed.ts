// Loads the demo clinic. Safe to run twice: everything is upserted by a natural key.
import { hash } from "@node-rs/argon2";
import { createPrismaClient } from "../lib/db/create-client";
import { clinic, demoAccounts, practitioners, procedurePrerequisites, procedures } from "./seed-data/clinic";

const db = createPrismaClient();

async function main() {
  await db.clinic.upsert({ where: { id: "clinic" }, update: clinic, create: { id: "clinic", ...clinic } });

  for (const p of procedures) {
    await db.procedure.upsert({ where: { slug: p.slug }, update: { ...p }, create: { ...p } });
  }

  for (const rule of procedurePrerequisites) {
    const { id: procedureId } = await db.procedure.findUniqueOrThrow({ where: { slug: rule.procedure }, select: { id: true } });
    const required = await db.procedure.findMany({ where: { slug: { in: rule.requires } }, select: { id: true } });
    await db.procedurePrerequisite.deleteMany({ where: { procedureId } });
    await db.procedurePrerequisite.createMany({ data: required.map((r) => ({ procedureId, requiredId: r.id })) });
  }

  for (const p of practitioners) {
    const id = `practitioner-${p.key}`;
    await db.practitioner.upsert({
      where: { id },
      update: { name: p.name, title: p.title, bio: p.bio },
      create: { id, name: p.name, title: p.title, bio: p.bio },
    });
    await db.openingHours.deleteMany({ where: { practitionerId: id } });
    await db.openingHours.createMany({ data: p.hours.map((h) => ({ practitionerId: id, ...h })) });
    await db.practitionerProcedure.deleteMany({ where: { practitionerId: id } });
    const linked = await db.procedure.findMany({ where: { slug: { in: p.procedures } }, select: { id: true } });
    await db.practitionerProcedure.createMany({
      data: linked.map((proc) => ({ practitionerId: id, procedureId: proc.id })),
    });
  }

  const { patient, staff, admin } = demoAccounts;
  const patientUser = await db.user.upsert({
    where: { email: patient.email },
    update: {},
    create: { email: patient.email, name: patient.legalName, role: "PATIENT", emailVerified: new Date() },
  });
  await db.patientProfile.upsert({
    where: { userId: patientUser.id },
    update: {},
    create: { userId: patientUser.id, legalName: patient.legalName, dateOfBirth: patient.dateOfBirth, phone: patient.phone },
  });
  for (const [account, role] of [
    [staff, "STAFF"],
    [admin, "ADMIN"],
  ] as const) {
    const passwordHash = await hash(account.password);
    await db.user.upsert({
      where: { email: account.email },
      update: { role, passwordHash },
      create: { email: account.email, name: account.name, role, passwordHash, emailVerified: new Date() },
    });
  }

  const counts = await Promise.all([db.procedure.count(), db.practitioner.count(), db.user.count()]);
  console.log(`Seeded ${clinic.name}: ${counts[0]} procedures, ${counts[1]} practitioners, ${counts[2]} users.`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
