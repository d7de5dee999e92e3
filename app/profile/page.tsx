import type { Metadata } from "next";
import { requirePatient } from "@/lib/auth/guards";
import { getPatientProfile } from "@/lib/patients/profile-data";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "My profile" };

export default async function ProfilePage() {
  const user = await requirePatient("/profile");
  const profile = await getPatientProfile(user.id);
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">My profile</h1>
      <p>
        Signed in as <strong>{user.email}</strong>. Check these details are right; the clinic uses them to identify you.
      </p>
      <ProfileForm
        mode="edit"
        initial={{
          legalName: profile?.legalName ?? "",
          dateOfBirth: profile?.dateOfBirth ?? "",
          phone: profile?.phone ?? "",
          nhi: profile?.nhi ?? "",
        }}
      />
    </div>
  );
}
