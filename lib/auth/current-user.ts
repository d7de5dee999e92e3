import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { CurrentUser } from "./roles";
import { sessionCookieName, usesSecureCookies } from "./session-cookie";
import { findSessionUser } from "./session-user";

/** The session cookie's name for this deployment (next-auth's default naming). */
export function currentSessionCookieName(): string {
  return sessionCookieName(usesSecureCookies(env().nextAuthUrl));
}

/** The raw session token from the request's cookie, if any. */
export async function readSessionToken(): Promise<string | null> {
  const store = await cookies();
  return store.get(currentSessionCookieName())?.value ?? null;
}

/**
 * The signed-in user for this request, or null. One lookup per request
 * (React cache); staff sessions slide forward as they are used.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  return findSessionUser(db, token);
});
