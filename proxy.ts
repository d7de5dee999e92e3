import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { ACTION_BODY_LIMIT_BYTES, checkActionBody } from "@/lib/http/action-body";
import { readBoundedBytes } from "@/lib/http/bounded-body";
import { isCrossSite, isStateChanging } from "@/lib/http/cross-site";
import { API_CONTENT_SECURITY_POLICY, baseSecurityHeaders, contentSecurityPolicy, newNonce } from "@/lib/http/security-headers";

// Request-level refusals and security headers, before any page or action
// runs. Refusals here are for requests no honest client of ours sends;
// authorization is never decided here (lib/auth/guards.ts does that).
// /api is not matched: its refusals and headers need no nonce, and the raw
// request gate (lib/http/api-request-gate.ts) sets them for far less than
// running this proxy costs (docs/decisions/012-hot-paths.md).
// See docs/decisions/013-threat-model.md.

export async function proxy(request: NextRequest) {
  const config = env();
  const ownOrigins = [new URL(config.nextAuthUrl).origin, request.nextUrl.origin];
  const headerOpts = { https: config.httpsPublicUrl, production: config.production };

  // Server actions: Next.js answers 500 for a forged Origin, an undecodable
  // body or one over 1 MB; these are the client's doing, so answer 4xx here.
  if (isStateChanging(request.method)) {
    const fetchAction = request.headers.has("next-action");
    if (isCrossSite(request.headers, ownOrigins)) {
      return withHeaders(errorText(403, "Requests from another site are refused."), headerOpts, API_CONTENT_SECURITY_POLICY);
    }
    if (request.method !== "POST") return withHeaders(errorText(405, "Method not allowed."), headerOpts, API_CONTENT_SECURITY_POLICY);
    const body = await readBoundedBytes(request.clone(), ACTION_BODY_LIMIT_BYTES);
    const verdict = body.ok
      ? await checkActionBody(request.headers.get("content-type"), body.bytes, fetchAction)
      : { ok: false as const, status: 413, message: "The form is too large (1 MB at most)." };
    if (!verdict.ok) return withHeaders(errorText(verdict.status, verdict.message), headerOpts, API_CONTENT_SECURITY_POLICY);
  }

  // Pages: a fresh nonce per view; Next.js reads it from the request's CSP
  // header and puts it on its scripts (every page renders per request).
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { https: config.httpsPublicUrl, development: !config.production && process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headerOpts, csp);
}

function withHeaders(response: NextResponse, opts: { https: boolean; production: boolean }, csp: string): NextResponse {
  for (const [name, value] of Object.entries(baseSecurityHeaders(opts))) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function errorText(status: number, message: string): NextResponse {
  return new NextResponse(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export const config = {
  // Everything but static files and the API ("api" alone or "api/…").
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/|api$).*)"],
};
