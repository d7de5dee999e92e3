import type { Metadata } from "next";
import Link from "next/link";
import { safeReturnPath } from "@/lib/auth/access";
import { rememberedSignInEmail } from "@/lib/auth/sign-in-email-cookie";
import { describeChosenTime } from "@/lib/booking/chosen-time-data";
import { ChosenTimePanel } from "@/components/booking/chosen-time-panel";
import { ResendForm } from "./resend-form";

export const metadata: Metadata = { title: "Check your email" };

// The same answer whatever the address: it never reveals who has an account.
// The address shown is the one this browser typed (see sign-in-email-cookie).
export default async function CheckEmailPage({ searchParams }: PageProps<"/sign-in/check-email">) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  const email = await rememberedSignInEmail();
  const chosen = await describeChosenTime(callbackUrl);
  const differentAddressHref = callbackUrl === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-800">Check your email</h1>
      {email ? (
        <p role="status">
          If <strong>{email}</strong> can sign in, a link is on its way to it.
        </p>
      ) : (
        <p role="status">If that address can sign in, a link is on its way.</p>
      )}
      <p>The link works once and expires in an hour. If nothing arrives in a few minutes, check your junk folder or ask for a new link.</p>
      {chosen ? <ChosenTimePanel chosen={chosen} /> : null}
      {email ? <ResendForm callbackUrl={callbackUrl} /> : null}
      <p>
        <Link href={differentAddressHref} className="text-brand-700 underline">
          Use a different address
        </Link>
      </p>
    </div>
  );
}
