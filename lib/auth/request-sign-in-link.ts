import "server-only";
import { callNextAuth } from "./next-auth-in-process";
import { signInLinkKeys, signInLinkLimiter, tooManyAttemptsMessage, type SignInLinkLimiter } from "./rate-limit";
import { env } from "@/lib/env";

export type SignInLinkResult = { ok: true } | { ok: false; retryAfterSeconds: number; message: string };

/**
 * Asks next-auth's Email provider for a sign-in link, after the rate limits.
 * The answer never says whether the address has an account (or is staff).
 */
export async function requestSignInLink(
  input: { email: string; callbackUrl: string; ip: string },
  limiter: SignInLinkLimiter = signInLinkLimiter(),
): Promise<SignInLinkResult> {
  const verdict = await limiter.consume(signInLinkKeys(input.email, input.ip));
  if (!verdict.ok) return { ...verdict, message: tooManyAttemptsMessage(verdict.retryAfterSeconds) };
  await startEmailSignIn(input.email, input.callbackUrl);
  return { ok: true };
}

function cookiesFrom(setCookie: string | string[] | undefined): Record<string, string> {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const jar: Record<string, string> = {};
  for (const line of list) {
    const pair = line.split(";")[0]!;
    const at = pair.indexOf("=");
    if (at > 0) jar[pair.slice(0, at).trim()] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return jar;
}

async function startEmailSignIn(email: string, callbackUrl: string): Promise<void> {
  const host = new URL(env().nextAuthUrl).host;
  const headers = { host };
  // 1. A CSRF token and its signed cookie, exactly as a browser would get them.
  const csrf = await callNextAuth({ method: "GET", query: { nextauth: ["csrf"] }, headers, cookies: {} });
  const csrfToken = (csrf.body as { csrfToken?: string } | undefined)?.csrfToken;
  if (!csrfToken) throw new Error("next-auth did not issue a CSRF token");
  // 2. The Email provider's sign-in: token stored (hashed), sendVerificationRequest called.
  const signIn = await callNextAuth({
    method: "POST",
    query: { nextauth: ["signin", "email"] },
    headers,
    cookies: cookiesFrom(csrf.headers["set-cookie"]),
    body: { email, csrfToken, callbackUrl },
  });
  const location = String(signIn.headers["location"] ?? "");
  // Staff addresses get the same verify-request answer (and no email).
  if (location.includes("error=")) {
    throw new Error(`Sign-in link request failed (${new URL(location, "http://x").searchParams.get("error")})`);
  }
}
