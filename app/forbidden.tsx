import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";

// Rendered with a 403 when a guard calls forbidden(): signed in, wrong role.
// Staff land here from admin-only pages, so send them back to their console.
export default async function Forbidden() {
  const user = await getCurrentUser();
  const staff = user?.role === "STAFF" || user?.role === "ADMIN";
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">You do not have access to this page</h1>
      <p>You are signed in, but your account is not allowed to see this page (403 Forbidden).</p>
      <p>
        {staff ? (
          <Link href="/staff" className="text-brand-700 underline">
            Go to the staff console
          </Link>
        ) : (
          <Link href="/" className="text-brand-700 underline">
            Back to procedures
          </Link>
        )}
      </p>
    </div>
  );
}
