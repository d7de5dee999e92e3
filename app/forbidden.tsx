import Link from "next/link";

// Rendered with a 403 when a guard calls forbidden(): signed in, wrong role.
export default function Forbidden() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">You do not have access to this page</h1>
      <p>You are signed in, but your account is not allowed to see this page (403 Forbidden).</p>
      <p>
        <Link href="/" className="text-brand-700 underline">
          Back to procedures
        </Link>
      </p>
    </div>
  );
}
