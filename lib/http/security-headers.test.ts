import { describe, expect, it } from "vitest";
import { baseSecurityHeaders, contentSecurityPolicy, newNonce } from "./security-headers";

describe("security headers", () => {
  it("a strict nonce policy: only this page view's scripts, no framing", () => {
    const csp = contentSecurityPolicy("abc123", { https: false, development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("HSTS only in production behind an https public URL", () => {
    expect(baseSecurityHeaders({ https: true, production: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(baseSecurityHeaders({ https: false, production: true })["Strict-Transport-Security"]).toBeUndefined();
    expect(baseSecurityHeaders({ https: true, production: false })["Strict-Transport-Security"]).toBeUndefined();
  });

  it("a fresh nonce every time", () => {
    expect(newNonce()).not.toBe(newNonce());
  });
});
