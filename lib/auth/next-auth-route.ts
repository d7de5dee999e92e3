import "server-only";
import type { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { apiError } from "@/lib/http/api-error";
import { readBoundedText } from "@/lib/http/bounded-body";
import { clientIp } from "@/lib/http/request-client";
import { safeReturnPath } from "./access";
import { callNextAuth, capturedResponse } from "./next-auth-in-process";
import { currentSessionCookieName } from "./current-user";
import { signInLinkKeys, signInLinkLimiter, tooManyAttemptsMessage } from "./rate-limit";

// next-auth 4's own endpoints (/api/auth/*), with what it does not check
// itself done first: it reads bodies of any size, answers 500 for a JSON body
// it cannot parse, for a callbackUrl that is not a URL, and for a non-ASCII
// `error` parameter (it puts it into a Location header); and it re-sets the
// session cookie with a 30-day expiry whoever the session belongs to.

export const AUTH_BODY_LIMIT_BYTES = 16 * 1024;
// next-auth's error codes are single words (AccessDenied, Verification, …).
const ERROR_CODE = /^[A-Za-z]{1,64}$/;

type Context = { params: Promise<{ nextauth: string[] }> };
type Fields = Record<string, unknown>;

/** A callbackUrl next-auth can take: a same-site path, or a URL on this site. */
export function acceptableCallbackUrl(value: unknown): boolean {
  if (typeof value !== "string") return false;
  if (safeReturnPath(value, "") === value) return true;
  try {
    return new URL(value).origin === new URL(env().nextAuthUrl).origin;
  } catch {
    return false;
  }
}

function refusal(fields: Fields): Response | null {
  if ("error" in fields && (typeof fields.error !== "string" || !ERROR_CODE.test(fields.error))) {
    return apiError(400, "BAD_REQUEST", "Unknown sign-in error code.");
  }
  if ("callbackUrl" in fields && !acceptableCallbackUrl(fields.callbackUrl)) {
    return apiError(400, "BAD_REQUEST", "callbackUrl must be a path or an address on this site.");
  }
  for (const key of ["email", "csrfToken", "json"]) {
    if (key in fields && typeof fields[key] !== "string") return apiError(400, "BAD_REQUEST", `${key} must be text.`);
  }
  return null;
}

async function readFields(request: Request): Promise<{ ok: true; fields: Fields } | { ok: false; response: Response }> {
  const body = await readBoundedText(request, AUTH_BODY_LIMIT_BYTES);
  if (!body.ok) {
    return body.reason === "too-large"
      ? { ok: false, response: apiError(413, "PAYLOAD_TOO_LARGE", `The request body must be at most ${AUTH_BODY_LIMIT_BYTES / 1024} KB.`) }
      : { ok: false, response: apiError(400, "BAD_REQUEST", "The request body is not UTF-8 text.") };
  }
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    try {
      const value: unknown = body.text.trim() === "" ? {} : JSON.parse(body.text);
      if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("not an object");
      return { ok: true, fields: value as Fields };
    } catch {
      return { ok: false, response: apiError(400, "INVALID_JSON", "The request body is not a JSON object.") };
    }
  }
  if (type.includes("application/x-www-form-urlencoded")) {
    return { ok: true, fields: Object.fromEntries(new URLSearchParams(body.text)) };
  }
  return { ok: true, fields: {} };
}

export async function handleNextAuth(request: NextRequest, context: Context): Promise<Response> {
  const query = Object.fromEntries(request.nextUrl.searchParams);
  const refusedQuery = refusal(query);
  if (refusedQuery) return refusedQuery;

  const { nextauth } = await context.params;
  let body: Fields | undefined;
  if (request.method === "POST") {
    const read = await readFields(request);
    if (!read.ok) return read.response;
    const refusedBody = refusal(read.fields);
    if (refusedBody) return refusedBody;
    // Our /sign-in page rate-limits before asking next-auth; a client posting
    // here directly meets the same limits, counted on the address next-auth
    // would email.
    if (nextauth[0] === "signin" && nextauth[1] === "email") {
      const verdict = await signInLinkLimiter().consume(signInLinkKeys(String(read.fields.email ?? ""), clientIp(request.headers)));
      if (!verdict.ok) {
        const response = apiError(429, "RATE_LIMITED", tooManyAttemptsMessage(verdict.retryAfterSeconds));
        response.headers.set("Retry-After", String(verdict.retryAfterSeconds));
        return response;
      }
    }
    body = read.fields;
  }
  const captured = await callNextAuth({
    method: request.method,
    query: { ...query, nextauth },
    headers: Object.fromEntries(request.headers),
    cookies: Object.fromEntries(request.cookies.getAll().map((c) => [c.name, c.value])),
    body,
  });
  return keepStaffCookieBrowserSession(capturedResponse(captured));
}

/**
 * next-auth re-sets the session cookie with Expires = now + 30 days. A staff
 * session's cookie stays a browser-session cookie, as at staff sign-in; the
 * row's 30-minute idle expiry decides when it stops working.
 */
async function keepStaffCookieBrowserSession(response: Response): Promise<Response> {
  const name = currentSessionCookieName();
  const cookies = response.headers.getSetCookie();
  const at = cookies.findIndex((c) => c.startsWith(`${name}=`));
  if (at < 0) return response;
  const token = decodeURIComponent(cookies[at]!.slice(name.length + 1).split(";", 1)[0]!);
  if (!token) return response;
  const row = await db.session.findUnique({ where: { sessionToken: token }, select: { user: { select: { role: true } } } });
  if (!row || row.user.role === "PATIENT") return response;
  cookies[at] = cookies[at]!.split(";")
    .filter((part) => !/^\s*(expires|max-age)=/i.test(part))
    .join(";");
  response.headers.delete("set-cookie");
  for (const c of cookies) response.headers.append("set-cookie", c);
  return response;
}
