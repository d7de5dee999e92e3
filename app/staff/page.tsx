import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Staff area" };

// Minimal landing page; the staff console is built on top of this later.
export default async function StaffHomePage() {
  const user = await requireStaff("/staff");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-800">Staff area</h1>
      <p>Kia ora, {user.name ?? user.email}.</p>
    </div>
  );
}
