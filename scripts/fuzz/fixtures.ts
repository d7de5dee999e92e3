// Who the fuzzer is, and the records it aims at: sessions written straight to
// the database (as the benchmarks do) and one flagged booking of the patient's.
import { signIn } from "../../bench/sessions";
import { createPrismaClient } from "../../lib/db/create-client";
import { makeBooking } from "../../lib/staff/test-data";

export type Persona = "anonymous" | "patient" | "staff" | "admin";
export type Fixtures = {
  cookies: Record<Persona, string | null>;
  bookingId: string;
  otherBookingId: string;
  procedureSlug: string;
  practitionerId: string;
};

export async function prepareFixtures(databaseUrl: string): Promise<Fixtures> {
  const db = createPrismaClient(databaseUrl);
  try {
    const byEmail = (email: string) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
    const [patient, nurse, admin] = await Promise.all([byEmail("patient@example.com"), byEmail("nurse@example.com"), byEmail("admin@example.com")]);
    const procedure = await db.procedure.findFirstOrThrow({ select: { id: true, slug: true } });
    const practitioner = await db.practitioner.findFirstOrThrow({ select: { id: true } });
    const other = await db.user.create({
      data: { email: "other-patient@example.com", role: "PATIENT", profile: { create: { legalName: "Other Patient", dateOfBirth: "1980-01-01", phone: "021 555 0100" } } },
      select: { id: true },
    });
    // Far enough ahead to be cancellable and reschedulable, on a clinic morning.
    const day = (n: number) => new Date(Date.UTC(2027, 2, 10 + n, 21, 0));
    const own = await makeBooking(db, { patientId: patient.id, procedureId: procedure.id, practitionerId: practitioner.id, startsAt: day(0) });
    const theirs = await makeBooking(db, { patientId: other.id, procedureId: procedure.id, practitionerId: practitioner.id, startsAt: day(1) });
    const [p, s, a] = await signIn(databaseUrl, [patient, nurse, admin]);
    return {
      cookies: { anonymous: null, patient: p!.cookie, staff: s!.cookie, admin: a!.cookie },
      bookingId: own.id,
      otherBookingId: theirs.id,
      procedureSlug: procedure.slug,
      practitionerId: practitioner.id,
    };
  } finally {
    await db.$disconnect();
  }
}
