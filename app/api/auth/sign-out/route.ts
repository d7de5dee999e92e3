import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isCrossSite } from "@/lib/http/cross-site";
import { deleteSessionByToken } from "@/lib/auth/session-user";
import { sessionCookieName, sessionCookieOptions, usesSecureCookies } from "@/lib/auth/session-cookie";

// Sign out for both kinds of session (emailed link or staff password):
// delete the Session row, clear the cookie, go home. POST only.
export async function POST(request: Request) {
  // A form on another site must not sign people out.
  // (proxy.ts refuses it first; this keeps the route safe on its own.)
  if (isCrossSite(request.headers, [new URL(env().nextAuthUrl).origin, new URL(request.url).origin])) {
    return NextResponse.json({ error: { code: "FORBIDDEN", message: "Cross-site sign-out refused." } }, { status: 403 });
  }
  const secure = usesSecureCookies(env().nextAuthUrl);
  const name = sessionCookieName(secure);
  const store = await cookies();
  const token = store.get(name)?.value;
  if (token) await deleteSessionByToken(db, token);
  // Same attributes as when set (a __Secure- cookie can only be cleared Secure).
  store.set(name, "", { ...sessionCookieOptions(secure), maxAge: 0 });
  return NextResponse.redirect(new URL("/?signedOut=1", env().nextAuthUrl), 303);
}
