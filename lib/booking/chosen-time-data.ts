import "server-only";
import { db } from "@/lib/db/client";
import { getClinic } from "@/lib/clinic/clinic-data";
import { clinicDateAndTime } from "./booking-messages";
import { chosenTimeFromReturnPath } from "./chosen-time";

export type ChosenTimeView = { procedureName: string; date: string; time: string; href: string };

/** The chosen procedure and time, in words, for a sign-in return path that is a book page; otherwise null. */
export async function describeChosenTime(returnPath: string): Promise<ChosenTimeView | null> {
  const chosen = chosenTimeFromReturnPath(returnPath);
  if (!chosen) return null;
  const procedure = await db.procedure.findFirst({ where: { slug: chosen.procedureSlug, active: true }, select: { name: true } });
  if (!procedure) return null;
  const { timeZone } = await getClinic();
  return { procedureName: procedure.name, ...clinicDateAndTime(chosen.startsAt, timeZone), href: returnPath };
}
