import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// The pages run under a strict, nonce-based Content-Security-Policy; any
// script, style or frame it blocks is a bug (the page would half work).
async function watchForCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${e.violatedDirective} ${e.blockedURI} on ${location.pathname}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  const csp = response!.headers()["content-security-policy"] ?? "";
  expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, path).toContain("frame-ancestors 'none'");
  // Every script the server sent carries this response's nonce (so it ran).
  // Read from the HTML as sent: chunks Next.js loads later are trusted through
  // 'strict-dynamic', and the DOM hides nonces from attribute reads.
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  expect(nonce.length).toBeGreaterThan(10);
  const scripts = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length, path).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
}

test.describe("Content-Security-Policy", () => {
  test("the public pages and sign-in pages run with zero CSP violations", async ({ page, db }) => {
    const violations = await watchForCspViolations(page);
    const procedure = await db.procedure.findFirstOrThrow({ select: { slug: true } });
    for (const path of ["/", `/procedures/${procedure.slug}`, "/sign-in", "/staff/sign-in"]) await visit(page, path);
    // The client code really runs: a client-side form check answers without a reload.
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("patient@example.com");
    await page.getByRole("button", { name: /email me a sign-in link/i }).click();
    await expect(page).toHaveURL(/\/sign-in\/check-email/);
    expect(violations).toEqual([]);
  });

  test("a patient's and a nurse's pages run with zero CSP violations", async ({ page, context, makePatient, makeStaff, signIn }) => {
    const violations = await watchForCspViolations(page);
    await signIn(context, await makePatient("Csp Patient"));
    for (const path of ["/bookings", "/profile"]) await visit(page, path);
    await context.clearCookies();
    await signIn(context, await makeStaff("ADMIN"));
    for (const path of ["/staff", "/staff/day", "/staff/time-off", "/staff/audit", "/staff/integrations"]) await visit(page, path);
    expect(violations).toEqual([]);
  });
});

test.describe("API answers and cross-site writes", () => {
  test("a patient's booking list is never cached, and a cross-site or text/plain booking is refused", async ({ page, context, makePatient, signIn, baseURL }) => {
    await signIn(context, await makePatient("Api Patient"));
    const list = await page.request.get("/api/bookings");
    expect(list.status()).toBe(200);
    expect(list.headers()["cache-control"]).toBe("no-store");
    expect(list.headers()["x-content-type-options"]).toBe("nosniff");

    const forged = await page.request.post("/api/bookings", {
      headers: { origin: "http://evil.example", "content-type": "application/json" },
      data: JSON.stringify({ procedureSlug: "x", startsAt: "2030-01-01T00:00:00Z" }),
    });
    expect(forged.status()).toBe(403);
    const plain = await page.request.post("/api/bookings", {
      headers: { origin: baseURL!, "content-type": "text/plain" },
      data: JSON.stringify({ procedureSlug: "x", startsAt: "2030-01-01T00:00:00Z" }),
    });
    expect(plain.status()).toBe(415);
  });
});
