import type { Metadata } from "next";
import { safeReturnPath } from "@/lib/auth/access";
import { StaffSignInForm } from "./staff-sign-in-form";

export const metadata: Metadata = { title: "Staff sign in" };

export default async function StaffSignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl, "/staff");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">Staff sign in</h1>
      <p>For clinic staff and administrators. You will be signed out after 30 minutes without activity.</p>
      <StaffSignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
