import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { safeReturnPath } from "@/lib/auth/access";
import { hasPatientProfile } from "@/lib/patients/profile-data";
import { ProfileForm } from "../profile-form";

export const metadata: Metadata = { title: "Your details" };

export default async function CompleteProfilePage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  const user = await requireUser({
    roles: ["PATIENT"],
    returnTo: `/profile/complete?callbackUrl=${encodeURIComponent(callbackUrl)}`,
  });
  if (await hasPatientProfile(user.id)) redirect(callbackUrl);
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">Tell us about you</h1>
      <p>Before you book, we need a few details so the clinic can identify you. You can correct them later under My profile.</p>
      <ProfileForm mode="complete" callbackUrl={callbackUrl} initial={{ legalName: "", dateOfBirth: "", phone: "", nhi: "" }} />
    </div>
  );
}
