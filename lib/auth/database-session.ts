import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import type { Role } from "./roles";

// next-auth (database strategy) reads this cookie and looks the token up in Session.
export const SESSION_COOKIE = "next-auth.session-token";
export const SECURE_SESSION_COOKIE = "__Secure-next-auth.session-token";

export const PATIENT_SESSION_SECONDS = 30 * 24 * 60 * 60;
// Staff sessions end after 30 idle minutes; each request slides the expiry.
export const STAFF_IDLE_SECONDS = 30 * 60;

export function sessionLifetimeSeconds(role: Role): number {
  return role === "PATIENT" ? PATIENT_SESSION_SECONDS : STAFF_IDLE_SECONDS;
}

/**
 * Creates a session row for a user. Used by staff password sign-in, and by
 * tests and benchmarks that need a signed-in user without the sign-in page.
 */
export async function createDatabaseSession(
  db: PrismaClient,
  userId: string,
  role: Role,
  now: Date = new Date(),
): Promise<{ sessionToken: string; expires: Date }> {
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(now.getTime() + sessionLifetimeSeconds(role) * 1000);
  await db.session.create({ data: { sessionToken, userId, expires } });
  return { sessionToken, expires };
}
