import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Sign-in problem" };

// next-auth sends failed link sign-ins here (expired or used link, and so on).
export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const message =
    error === "Verification"
      ? "That sign-in link has expired or has already been used."
      : error === "AccessDenied"
        ? "That account cannot sign in with an emailed link. Clinic staff sign in with their password."
        : "We could not sign you in with that link.";
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-800">We could not sign you in</h1>
      <p role="alert">{message}</p>
      <p>
        <Link href="/sign-in" className="text-brand-700 underline">
          Ask for a new sign-in link
        </Link>
      </p>
    </div>
  );
}
