"use server";

import { formDataArg } from "@/lib/http/action-args";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/auth/access";
import { clientIp } from "@/lib/http/request-client";
import { sessionCookieName, sessionCookieOptions, usesSecureCookies } from "@/lib/auth/session-cookie";
import { staffSignInSchema } from "@/lib/auth/sign-in-schemas";
import { signInStaff } from "@/lib/auth/staff-sign-in";
import { env } from "@/lib/env";
import { formError, zodActionError, type ActionState } from "@/lib/http/action-result";

export async function staffSignInAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  form = formDataArg(form);
  const email = String(form.get("email") ?? "");
  const parsed = staffSignInSchema.safeParse({ email, password: String(form.get("password") ?? "") });
  // The password is never echoed back, logged or kept in the form state.
  if (!parsed.success) return zodActionError(parsed.error, { email });
  const result = await signInStaff({ ...parsed.data, ip: clientIp(await headers()) });
  if (!result.ok) return formError(result.message, { email });

  // The cookie next-auth itself would set, so one reader (getCurrentUser) serves both kinds of session.
  const secure = usesSecureCookies(env().nextAuthUrl);
  (await cookies()).set(sessionCookieName(secure), result.sessionToken, sessionCookieOptions(secure));
  redirect(safeReturnPath(form.get("callbackUrl"), "/staff"));
}
