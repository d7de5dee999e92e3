"use server";

import { revalidatePath } from "next/cache";
import * as z from "zod";
import { requireStaff } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { createTimeOff, type TimeOffEntry } from "@/lib/staff/time-off";
import { domainActionError } from "@/lib/http/action-result";
import { timeOffSchema } from "@/lib/staff/time-off-schema";
import type { FieldErrors } from "@/components/staff/form-parts";

export type TimeOffState =
  | null
  | { ok: false; formErrors: string[]; fieldErrors: FieldErrors; values: Record<string, string> }
  | { ok: true; message: string; entry: TimeOffEntry };

const FIELDS = ["practitionerId", "startDate", "startTime", "endDate", "endTime", "reason"] as const;

export async function createTimeOffAction(_previous: TimeOffState, formData: FormData): Promise<TimeOffState> {
  const user = await requireStaff("/staff/time-off");
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "")]));
  const { timeZone } = await getClinic();
  const parsed = timeOffSchema(new Date(), timeZone).safeParse(values);
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error);
    return { ok: false, formErrors: flat.formErrors, fieldErrors: flat.fieldErrors, values };
  }
  let result;
  try {
    result = await createTimeOff(user, parsed.data);
  } catch (error) {
    const refused = domainActionError(error);
    if (!refused) throw error;
    // The field message is enough here; the form lists no summary for one field.
    return { ok: false, formErrors: [], fieldErrors: refused.fieldErrors, values };
  }
  revalidatePath("/staff/time-off");
  const n = result.entry.affected.length;
  return {
    ok: true,
    entry: result.entry,
    message:
      n === 0
        ? `Time off saved for ${result.entry.practitionerName}. No bookings fall inside it.`
        : `Time off saved for ${result.entry.practitionerName}. ${n === 1 ? "1 booking falls" : `${n} bookings fall`} inside it and ${n === 1 ? "needs" : "need"} follow-up.`,
  };
}
