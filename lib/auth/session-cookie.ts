import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "./database-session";

// next-auth's own rule: cookies are Secure (and __Secure- prefixed) exactly
// when the site URL is https. Production runs behind https, so production
// cookies are Secure; http://localhost (dev, e2e) gets the plain name.
export function usesSecureCookies(siteUrl: string): boolean {
  return siteUrl.startsWith("https://");
}

export function sessionCookieName(secure: boolean): string {
  return secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/**
 * Options for the session cookie we set ourselves (staff sign-in). No
 * Expires: it is a browser-session cookie, and the Session row's sliding
 * expiry decides when it stops working.
 */
export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/" };
}
