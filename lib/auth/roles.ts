// Pure role rules shared by every guard.
export const ROLES = ["PATIENT", "STAFF", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export type CurrentUser = { id: string; email: string; name: string | null; role: Role };

export const STAFF_ROLES: readonly Role[] = ["STAFF", "ADMIN"];

export function hasRole(user: Pick<CurrentUser, "role"> | null, roles: readonly Role[]): boolean {
  return user !== null && roles.includes(user.role);
}

export const isStaff = (user: Pick<CurrentUser, "role"> | null) => hasRole(user, STAFF_ROLES);
