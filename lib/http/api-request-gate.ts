// The checks and headers every /api answer gets, run by the raw request gate
// on the Node server rather than by proxy.ts: the API needs no nonce, and
// running the Next.js proxy costs more than the cheapest routes themselves
// (it doubled GET /api/health). See docs/decisions/012-hot-paths.md and 013.
import type { IncomingHttpHeaders } from "node:http";
import { apiWriteRefusal, declaresBody, type Refusal } from "./cross-site";
import { API_CONTENT_SECURITY_POLICY, baseSecurityHeaders } from "./security-headers";

/** The request path, dot segments resolved and %-escapes decoded, when it is under /api; else null. Pure. */
export function apiPathOf(target: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(target, "http://gate.invalid").pathname);
  } catch {
    return null;
  }
  return path === "/api" || path.startsWith("/api/") ? path : null;
}

/**
 * Headers on every /api answer: nothing may run or frame it, it is never
 * stored (a route that sets its own Cache-Control, e.g. the public
 * questionnaire, overrides this one), and the headers every answer gets.
 */
export function apiAnswerHeaders(opts: { https: boolean; production: boolean }): Record<string, string> {
  return {
    ...baseSecurityHeaders(opts),
    "Content-Security-Policy": API_CONTENT_SECURITY_POLICY,
    "Cache-Control": "no-store",
  };
}

/** Node's header object seen through the `get()` the pure checks use. */
export function headerSource(headers: IncomingHttpHeaders): { get(name: string): string | null } {
  return {
    get(name) {
      const value = headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(", ") : value;
    },
  };
}

/** The refusal proxy.ts would have answered for this API request, or null. Pure. */
export function apiRequestRefusal(
  request: { method: string; path: string; headers: IncomingHttpHeaders },
  ownOrigins: readonly string[],
): Refusal | null {
  const headers = headerSource(request.headers);
  return apiWriteRefusal({ method: request.method, pathname: request.path, headers, hasBody: declaresBody(headers) }, ownOrigins);
}
