"use server";

import { formDataArg } from "@/lib/http/action-args";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/auth/access";
import { clientIp } from "@/lib/http/request-client";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { signInLinkSchema } from "@/lib/auth/sign-in-schemas";
import { formError, zodActionError, type ActionState } from "@/lib/http/action-result";
import { rememberSignInEmail } from "@/lib/auth/sign-in-email-cookie";

export async function requestSignInLinkAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  form = formDataArg(form);
  const email = String(form.get("email") ?? "");
  const parsed = signInLinkSchema.safeParse({ email });
  if (!parsed.success) return zodActionError(parsed.error, { email });
  const target = safeReturnPath(form.get("callbackUrl"));
  // After the link: /sign-in/continue sends new patients to complete their profile first.
  const callbackUrl = `/sign-in/continue?callbackUrl=${encodeURIComponent(target)}`;
  const result = await requestSignInLink({ email: parsed.data.email, callbackUrl, ip: clientIp(await headers()) });
  if (!result.ok) return formError(result.message, { email });
  await rememberSignInEmail(parsed.data.email);
  redirect(`/sign-in/check-email?callbackUrl=${encodeURIComponent(target)}`);
}
