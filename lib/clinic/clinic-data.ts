import "server-only";
import { cache } from "react";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/db/client";

export type ClinicInfo = {
  name: string;
  timeZone: string;
  notice: string;
  phone: string;
  email: string;
  address: string;
};

/** What every read that needs the clinic row says when it is missing. */
export function clinicNotSetUp(): Error {
  return new Error("The clinic is not set up (no Clinic row): run `npm run db:seed`.");
}

/**
 * The clinic's details, its time zone above all: every clinic date and time
 * in the app is computed in `timeZone`, read from this one row (the seed
 * writes it). Inside a transaction pass its client: a query through `db`
 * would wait for that very transaction to end (see docs/decisions/008).
 */
export async function readClinic(client: Prisma.TransactionClient = db): Promise<ClinicInfo> {
  const clinic = await client.clinic.findUnique({
    where: { id: "clinic" },
    select: { name: true, timeZone: true, notice: true, phone: true, email: true, address: true },
  });
  if (!clinic) throw clinicNotSetUp();
  return clinic;
}

// Cached per request: the layout and the page both need it.
export const getClinic = cache(() => readClinic());
