"use server";

import { formDataArg } from "@/lib/http/action-args";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { createTimeOff } from "@/lib/staff/time-off";
import { domainActionError, zodActionError } from "@/lib/http/action-result";
import { timeOffSchema } from "@/lib/staff/time-off-schema";
import type { TimeOffState } from "@/components/staff/time-off-form";

const FIELDS = ["practitionerId", "startDate", "startTime", "endDate", "endTime", "reason"] as const;

export async function createTimeOffAction(_previous: TimeOffState, formData: FormData): Promise<TimeOffState> {
  formData = formDataArg(formData);
  const user = await requireStaff("/staff/time-off");
  const values = Object.fromEntries(FIELDS.map((f) => [f, String(formData.get(f) ?? "")]));
  const { timeZone } = await getClinic();
  const parsed = timeOffSchema(new Date(), timeZone).safeParse(values);
  if (!parsed.success) return zodActionError(parsed.error, values);
  let result;
  try {
    result = await createTimeOff(user, parsed.data);
  } catch (error) {
    const refused = domainActionError(error, values);
    if (!refused) throw error;
    return refused;
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
