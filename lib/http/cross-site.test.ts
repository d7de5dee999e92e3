import { describe, expect, it } from "vitest";
import { apiWriteRefusal } from "./cross-site";

const own = ["http://localhost:3000"];
const req = (method: string, pathname: string, headers: Record<string, string>, hasBody = true) =>
  apiWriteRefusal({ method, pathname, headers: new Headers(headers), hasBody }, own);

describe("state-changing API requests from another site", () => {
  it.each([
    ["a booking posted from another site", "POST", "/api/bookings", { origin: "http://evil.example", "content-type": "application/json" }, 403],
    ["a cancel posted as text/plain from another site", "POST", "/api/bookings/b1/cancel", { origin: "http://evil.example", "content-type": "text/plain" }, 403],
    ["a cross-site form with no Origin but Sec-Fetch-Site", "POST", "/api/bookings", { "sec-fetch-site": "cross-site", "content-type": "text/plain" }, 403],
    ["a same-site booking sent as text/plain", "POST", "/api/bookings", { origin: "http://localhost:3000", "content-type": "text/plain" }, 415],
    ["a same-site form post", "POST", "/api/staff/time-off", { "content-type": "application/x-www-form-urlencoded" }, 415],
    ["a cross-site sign-out", "POST", "/api/auth/sign-out", { origin: "http://evil.example", "content-type": "application/x-www-form-urlencoded" }, 403],
  ])("%s → %i", (_name, method, path, headers, status) => {
    expect(req(method, path, headers)?.status).toBe(status);
  });

  it.each([
    ["a same-site JSON booking", "POST", "/api/bookings", { origin: "http://localhost:3000", "content-type": "application/json; charset=utf-8" }, true],
    ["a JSON booking from a script with no Origin", "POST", "/api/bookings", { "content-type": "application/json" }, true],
    ["a cancel with no body and no Content-Type", "POST", "/api/bookings/b1/cancel", { origin: "http://localhost:3000" }, false],
    ["next-auth's own form post (CSRF token)", "POST", "/api/auth/signin/email", { origin: "http://localhost:3000", "content-type": "application/x-www-form-urlencoded" }, true],
    ["any GET, e.g. a FHIR read", "GET", "/api/fhir/Patient", { origin: "http://evil.example" }, false],
    ["a bearer-token client without cookies", "POST", "/api/fhir/Bundle", { authorization: "Bearer x", "content-type": "application/fhir+json" }, true],
  ])("%s passes", (_name, method, path, headers, hasBody) => {
    expect(req(method, path, headers, hasBody)).toBeNull();
  });

  it("a body with no Content-Type is refused", () => {
    expect(req("POST", "/api/bookings", { origin: "http://localhost:3000" }, true)?.status).toBe(415);
  });
});
