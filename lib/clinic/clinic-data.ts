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

const FALLBACK: ClinicInfo = {
  name: "Clinic Booking",
  timeZone: "Pacific/Auckland",
  notice: "If you are unwell with a cough, cold or respiratory symptoms it is best to postpone your procedure.",
  phone: "",
  email: "",
  address: "",
};

/**
 * Inside a transaction pass its client: a query through `db` would wait for
 * that very transaction to end (see docs/decisions/008).
 */
export async function readClinic(client: Prisma.TransactionClient = db): Promise<ClinicInfo> {
  const clinic = await client.clinic.findUnique({
    where: { id: "clinic" },
    select: { name: true, timeZone: true, notice: true, phone: true, email: true, address: true },
  });
  return clinic ?? FALLBACK;
}

// Cached per request: the layout and the page both need it.
export const getClinic = cache(() => readClinic());
