"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/guards";
import { safeReturnPath } from "@/lib/auth/access";
import { getClinic } from "@/lib/clinic/clinic-data";
import { profileFromFormData, profileSchemaAt } from "@/lib/patients/profile-schema";
import { savePatientProfile } from "@/lib/patients/save-patient-profile";
import type { ActionState } from "@/app/sign-in/form-parts";

export async function saveProfileAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const completing = form.get("mode") === "complete";
  const target = safeReturnPath(form.get("callbackUrl"));
  const user = await requireUser({ roles: ["PATIENT"], returnTo: completing ? target : "/profile" });
  const values = profileFromFormData(form);
  const { timeZone } = await getClinic();
  const parsed = profileSchemaAt(new Date(), timeZone).safeParse(values);
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error);
    return { ok: false, formErrors: flat.formErrors, fieldErrors: flat.fieldErrors, values };
  }
  const { changed } = await savePatientProfile(user, parsed.data);
  if (completing) redirect(target);
  // Re-render with the stored values (React resets the form to its defaults after an action).
  revalidatePath("/profile");
  return { ok: true, message: changed.length === 0 ? "Nothing had changed." : "Your details are saved." };
}
