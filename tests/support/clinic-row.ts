// The Clinic row every test database needs before anything reads the clinic's
// details: the app takes its time zone from this row only (the seed writes it
// in a real database). Creates it once per database; later calls keep it.
import type { PrismaClient } from "@prisma/client";

export const TEST_CLINIC_TIME_ZONE = "Pacific/Auckland";

export async function ensureClinicRow(
  db: Pick<PrismaClient, "clinic">,
  fields: Partial<{ name: string; notice: string; phone: string; email: string; address: string }> = {},
): Promise<void> {
  await db.clinic.upsert({
    where: { id: "clinic" },
    update: {},
    create: {
      id: "clinic",
      name: "Test Clinic",
      timeZone: TEST_CLINIC_TIME_ZONE,
      notice: "If you are unwell, postpone.",
      phone: "",
      email: "",
      address: "",
      ...fields,
    },
  });
}
