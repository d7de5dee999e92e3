import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email" };

// The same answer whatever the address: it never reveals who has an account.
export default function CheckEmailPage() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-800">Check your email</h1>
      <p role="status">If that address can sign in, a link is on its way.</p>
      <p>The link works once and expires in an hour. If nothing arrives in a few minutes, check your junk folder or ask for a new link.</p>
    </div>
  );
}
