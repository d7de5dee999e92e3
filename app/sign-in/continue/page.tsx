import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { profileCompletionPath, safeReturnPath, signInPathFor } from "@/lib/auth/access";
import { hasPatientProfile } from "@/lib/patients/profile-data";

// Where an emailed link lands after next-auth signs the patient in: a first
// sign-in completes the profile before going on.
export default async function ContinueAfterSignIn({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const target = safeReturnPath((await searchParams).callbackUrl);
  const user = await getCurrentUser();
  if (!user) redirect(signInPathFor(target));
  if (user.role === "PATIENT" && !(await hasPatientProfile(user.id))) redirect(profileCompletionPath(target));
  redirect(target);
}
