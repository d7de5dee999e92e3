import { describe, expect, it } from "vitest";
import { apiAnswerHeaders, apiPathOf, apiRequestRefusal } from "./api-request-gate";

const OURS = ["https://clinic.example", "http://localhost:3000"];

describe("which requests are API requests", () => {
  it.each([
    ["/api", "/api"],
    ["/api/health", "/api/health"],
    ["/api/bookings?x=1", "/api/bookings"],
    // Spelled differently, routed the same: still checked as API requests.
    ["/./api/bookings", "/api/bookings"],
    ["/x/../api/bookings", "/api/bookings"],
    ["/%61pi/bookings", "/api/bookings"],
  ])("%s is under /api", (target, path) => {
    expect(apiPathOf(target)).toBe(path);
  });

  it.each([["/"], ["/apiary"], ["/procedures/api"], ["/bookings"]])("%s is a page", (target) => {
    expect(apiPathOf(target)).toBeNull();
  });
});

describe("API refusals on the raw request", () => {
  const post = (headers: Record<string, string>, path = "/api/bookings") =>
    apiRequestRefusal({ method: "POST", path, headers }, OURS);

  it("refuses a write from another site with 403", () => {
    expect(post({ origin: "http://evil.example", "content-type": "application/json" })?.status).toBe(403);
    expect(post({ "sec-fetch-site": "cross-site", "content-type": "application/json" })?.status).toBe(403);
  });

  it("refuses a body not declared JSON with 415", () => {
    expect(post({ origin: "https://clinic.example", "content-type": "text/plain" })?.status).toBe(415);
    expect(post({ origin: "https://clinic.example", "content-length": "12" })?.status).toBe(415);
  });

  it("lets our own JSON writes, bodiless cancels, reads and next-auth's form posts through", () => {
    expect(post({ origin: "https://clinic.example", "content-type": "application/json; charset=utf-8" })).toBeNull();
    expect(post({ origin: "http://localhost:3000" })).toBeNull();
    expect(apiRequestRefusal({ method: "GET", path: "/api/bookings", headers: { origin: "http://evil.example" } }, OURS)).toBeNull();
    expect(post({ origin: "https://clinic.example", "content-type": "application/x-www-form-urlencoded" }, "/api/auth/signin/email")).toBeNull();
    expect(post({ origin: "http://evil.example", "content-type": "application/x-www-form-urlencoded" }, "/api/auth/signin/email")?.status).toBe(403);
  });
});

describe("headers on every API answer", () => {
  it("forbid running, framing and storing it, with HSTS only for a production https site", () => {
    const plain = apiAnswerHeaders({ https: false, production: true });
    expect(plain["Content-Security-Policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(plain["Cache-Control"]).toBe("no-store");
    expect(plain["X-Content-Type-Options"]).toBe("nosniff");
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    expect(apiAnswerHeaders({ https: true, production: true })["Strict-Transport-Security"]).toMatch(/max-age=/);
  });
});
