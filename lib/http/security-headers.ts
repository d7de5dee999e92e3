// Response headers that tell the browser what this site allows. Pure.

/**
 * A strict, nonce-based policy (Next.js puts the nonce on its own scripts when
 * the request carries this header): only scripts with this response's nonce
 * run, and the scripts they load ('strict-dynamic'); no plugins, no <base>,
 * forms post only here, and no other site may frame our pages.
 */
export function contentSecurityPolicy(nonce: string, opts: { https: boolean; development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** JSON and other non-page answers: nothing may run or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

export const HSTS = "max-age=31536000; includeSubDomains";

/** Headers for every answer; HSTS only in production when the public URL is https. */
export function baseSecurityHeaders(opts: { https: boolean; production: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(opts.https && opts.production ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** A fresh nonce per page view: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
