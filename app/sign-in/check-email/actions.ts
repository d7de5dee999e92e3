"use server";

import { headers } from "next/headers";
import { safeReturnPath } from "@/lib/auth/access";
import { rememberedSignInEmail } from "@/lib/auth/sign-in-email-cookie";
import { requestSignInLink } from "@/lib/auth/request-sign-in-link";
import { formDataArg } from "@/lib/http/action-args";
import { clientIp } from "@/lib/http/request-client";
import { formError, type ActionState } from "@/lib/http/action-result";

/** "Send again" on the check-your-email page: another link to the remembered address, same limits. */
export async function resendSignInLinkAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  form = formDataArg(form);
  const email = await rememberedSignInEmail();
  if (!email) return formError("We no longer have the address. Use a different address to ask for a new link.");
  const target = safeReturnPath(form.get("callbackUrl"));
  const callbackUrl = `/sign-in/continue?callbackUrl=${encodeURIComponent(target)}`;
  const result = await requestSignInLink({ email, callbackUrl, ip: clientIp(await headers()) });
  if (!result.ok) return formError(result.message);
  return { ok: true, message: `We have sent another link to ${email}. Use the newest one.` };
}
