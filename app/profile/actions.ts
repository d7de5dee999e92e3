"use server";

import { formDataArg } from "@/lib/http/action-args";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/guards";
import { safeReturnPath } from "@/lib/auth/access";
import { getClinic } from "@/lib/clinic/clinic-data";
import { profileFromFormData, profileSchemaAt } from "@/lib/patients/profile-schema";
import { savePatientProfile } from "@/lib/patients/save-patient-profile";
import { formValues, zodActionError, type ActionState } from "@/lib/http/action-result";

export async function saveProfileAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  form = formDataArg(form);
  const completing = form.get("mode") === "complete";
  const target = safeReturnPath(form.get("callbackUrl"));
  const user = await requireUser({ roles: ["PATIENT"], returnTo: completing ? target : "/profile" });
  const values = profileFromFormData(form);
  const { timeZone } = await getClinic();
  const parsed = profileSchemaAt(new Date(), timeZone).safeParse(values);
  if (!parsed.success) return zodActionError(parsed.error, formValues(form, { omit: ["mode", "callbackUrl"] }));
  const { changed } = await savePatientProfile(user, parsed.data);
  if (completing) redirect(target);
  // Re-render with the stored values (React resets the form to its defaults after an action).
  revalidatePath("/profile");
  return { ok: true, message: changed.length === 0 ? "Nothing had changed." : "Your details are saved." };
}
