import "server-only";
import { forbidden, redirect } from "next/navigation";
import { apiError } from "@/lib/http/api-error";
import { hasPatientProfile } from "@/lib/patients/profile-data";
import { decideAccess, profileCompletionPath, signInPathFor } from "./access";
import { getCurrentUser } from "./current-user";
import { STAFF_ROLES, type CurrentUser, type Role } from "./roles";

// The doors' server-side authorization check. Every page, server action and
// route handler calls one of these first; the services in lib/ check the
// acting user again for what they need (a patient's profile, a staff role).

/**
 * For pages and server actions. Anonymous → sign-in with the return address
 * kept; signed in with the wrong role → 403 (app/forbidden.tsx).
 */
export async function requireUser(opts: { roles?: readonly Role[]; returnTo?: string } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  const decision = decideAccess(user, opts.roles);
  if (decision === "anonymous") redirect(signInPathFor(opts.returnTo, opts.roles));
  if (decision === "forbidden") forbidden();
  return user!;
}

/** A patient with a completed profile; without one they are sent to complete it first. */
export async function requirePatient(returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser({ roles: ["PATIENT"], returnTo });
  if (!(await hasPatientProfile(user.id))) redirect(profileCompletionPath(returnTo));
  return user;
}

/** Staff or admin. */
export async function requireStaff(returnTo?: string): Promise<CurrentUser> {
  return requireUser({ roles: STAFF_ROLES, returnTo });
}

export async function requireAdmin(returnTo?: string): Promise<CurrentUser> {
  return requireUser({ roles: ["ADMIN"], returnTo });
}

/** For route handlers: answers 401/403 with the API's error body instead of redirecting. */
export async function authenticateApi(
  roles?: readonly Role[],
): Promise<{ ok: true; user: CurrentUser } | { ok: false; response: Response }> {
  const user = await getCurrentUser();
  const decision = decideAccess(user, roles);
  if (decision === "anonymous") {
    return { ok: false, response: apiError(401, "UNAUTHENTICATED", "Sign in to use this.") };
  }
  if (decision === "forbidden") {
    return { ok: false, response: apiError(403, "FORBIDDEN", "Your account does not have access to this.") };
  }
  return { ok: true, user: user! };
}
