import type { Metadata } from "next";
import Link from "next/link";
import { safeReturnPath } from "@/lib/auth/access";
import { describeChosenTime } from "@/lib/booking/chosen-time-data";
import { ChosenTimePanel } from "@/components/booking/chosen-time-panel";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  const chosen = await describeChosenTime(callbackUrl);
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">Sign in</h1>
      {chosen ? <ChosenTimePanel chosen={chosen} /> : null}
      <p>Enter the email address you use with the clinic. If you are new, this creates your account.</p>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="text-sm text-stone-700">
        Clinic staff:{" "}
        <Link href={`/staff/sign-in?callbackUrl=${encodeURIComponent(callbackUrl === "/" ? "/staff" : callbackUrl)}`} className="text-brand-700 underline">
          sign in with your password
        </Link>
        .
      </p>
    </div>
  );
}
