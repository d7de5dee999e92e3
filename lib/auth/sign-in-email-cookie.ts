import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { emailSchema } from "./sign-in-schemas";
import { usesSecureCookies } from "./session-cookie";

// The address a sign-in link was just asked for, so "Check your email" can
// say where it went and "Send again" can ask for another without retyping.
// Only the browser that asked gets it back (an HttpOnly cookie scoped to the
// sign-in pages, gone after the link's own lifetime), never a URL that could
// end up in logs or a Referer header.
const COOKIE = "sign-in-email";
const LINK_LIFETIME_SECONDS = 60 * 60;

export async function rememberSignInEmail(email: string): Promise<void> {
  (await cookies()).set(COOKIE, email, {
    httpOnly: true,
    sameSite: "lax",
    secure: usesSecureCookies(env().nextAuthUrl),
    path: "/sign-in",
    maxAge: LINK_LIFETIME_SECONDS,
  });
}

/** The remembered address, or null when there is none (or it is not an address). */
export async function rememberedSignInEmail(): Promise<string | null> {
  const value = (await cookies()).get(COOKIE)?.value;
  const parsed = emailSchema.safeParse(value ?? "");
  return parsed.success ? parsed.data : null;
}
