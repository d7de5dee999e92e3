// Pure access decisions shared by the page guards and the API guard.
import { hasRole, STAFF_ROLES, type CurrentUser, type Role } from "./roles";

export type AccessDecision = "ok" | "anonymous" | "forbidden";

export function decideAccess(user: Pick<CurrentUser, "role"> | null, roles?: readonly Role[]): AccessDecision {
  if (!user) return "anonymous";
  if (roles && roles.length > 0 && !hasRole(user, roles)) return "forbidden";
  return "ok";
}

/**
 * Only same-site paths may be a return address ("/bookings?x=1"), never
 * "//evil.example" or "https://…": an open redirect would make our sign-in
 * links a phishing tool.
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}

/** Where an anonymous visitor is sent: staff-only places go to the staff sign-in. */
export function signInPathFor(returnTo: string | undefined, roles?: readonly Role[]): string {
  const staffOnly = !!roles && roles.length > 0 && roles.every((r) => STAFF_ROLES.includes(r));
  const base = staffOnly ? "/staff/sign-in" : "/sign-in";
  return `${base}?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`;
}

export function profileCompletionPath(returnTo: string | undefined): string {
  return `/profile/complete?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`;
}
