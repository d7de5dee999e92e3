// Refusing state-changing requests that a page on another site could make the
// browser send with our cookies. Pure: headers in, a refusal or null out.
// SameSite=Lax cookies already stop most of these; this does not rely on it.

export type Refusal = { status: number; code: string; message: string };

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export const isStateChanging = (method: string) => STATE_CHANGING.has(method.toUpperCase());

type HeaderSource = { get(name: string): string | null };

/** The Origin (or, failing that, Sec-Fetch-Site) says another site sent it. */
export function isCrossSite(headers: HeaderSource, ownOrigins: readonly string[]): boolean {
  const origin = headers.get("origin");
  if (origin !== null) return !ownOrigins.includes(origin);
  return headers.get("sec-fetch-site") === "cross-site";
}

export function isJsonContentType(value: string | null): boolean {
  const type = (value ?? "").split(";", 1)[0]!.trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * For the JSON API (/api/*): a state-changing request from another origin is
 * refused (403), and one whose body is not declared JSON (415) — a form on
 * another site can only send form or text/plain bodies without asking first.
 * A request with no body and no Content-Type (e.g. cancel) passes the type
 * check. next-auth's own endpoints (/api/auth/*) take form posts and carry
 * CSRF tokens, so only the Origin check applies there. Requests that carry
 * an Authorization header and no cookie are bearer-token clients, which a
 * browser cannot send cross-site without our CORS consent: not checked.
 */
export function apiWriteRefusal(
  request: { method: string; pathname: string; headers: HeaderSource; hasBody: boolean },
  ownOrigins: readonly string[],
): Refusal | null {
  if (!isStateChanging(request.method)) return null;
  const { headers } = request;
  if (headers.get("authorization") !== null && headers.get("cookie") === null) return null;
  if (isCrossSite(headers, ownOrigins)) {
    return { status: 403, code: "CROSS_SITE_REFUSED", message: "Requests from another site are refused." };
  }
  if (request.pathname === "/api/auth" || request.pathname.startsWith("/api/auth/")) return null;
  const type = headers.get("content-type");
  if (type === null ? request.hasBody : !isJsonContentType(type)) {
    return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "Send the request body as JSON (Content-Type: application/json)." };
  }
  return null;
}

/** The request declares or streams a body. */
export function declaresBody(headers: HeaderSource): boolean {
  const length = headers.get("content-length");
  if (length !== null) return Number(length) > 0;
  return headers.get("transfer-encoding") !== null;
}
