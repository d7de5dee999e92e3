import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

test.describe("patients sign in with an emailed link", () => {
  test("a new patient signs in from the mailbox, completes the profile, and signs out", { tag: "@postgres" }, async ({ page }) => {
    // A long journey through several server renders: more than the default 30 s on a busy machine.
    test.setTimeout(90_000);
    const email = `new-patient-${randomUUID()}@example.test`;
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("status").filter({ hasText: `If ${email} can sign in, a link is on its way to it.` })).toBeVisible();

    await page.goto("/dev/mailbox");
    await page.getByRole("link", { name: new RegExp(`to ${email}`) }).click();
    await page.getByRole("link", { name: /\/api\/auth\/callback\/email/ }).click();

    // First sign-in: the profile comes first.
    await expect(page).toHaveURL(/\/profile\/complete\?callbackUrl=%2F$/);
    await page.getByLabel("Full legal name").fill("Aroha Test");
    const dateOfBirth = page.getByRole("group", { name: "Date of birth" });
    await dateOfBirth.getByLabel("Day").fill("28");
    await dateOfBirth.getByLabel("Month").fill("2");
    await dateOfBirth.getByLabel("Year").fill("1985");
    await page.getByLabel("Phone number").fill("021 555 0199");
    const nhi = page.getByLabel("NHI number");
    await nhi.fill("ZZZ0017");
    await page.getByRole("button", { name: "Save and continue" }).click();

    const problem = "That NHI number does not check out";
    // (Next's route announcer is also role="alert": pick ours by its text.)
    await expect(page.getByRole("alert").filter({ hasText: problem })).toBeVisible();
    await expect(nhi).toHaveAttribute("aria-invalid", "true");
    await expect(nhi).toHaveAccessibleDescription(new RegExp(problem));
    // What was typed is still there.
    await expect(page.getByLabel("Full legal name")).toHaveValue("Aroha Test");

    await nhi.fill("zac5361");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page).toHaveURL(/\/$/);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "My profile" })).toBeVisible();

    await nav.getByRole("link", { name: "My profile" }).click();
    await expect(page.getByLabel("NHI number")).toHaveValue("ZAC5361");

    await nav.getByRole("button", { name: "Sign out" }).click();
    await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/profile");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprofile$/);
  });

  test("an anonymous visit to /profile is sent to sign in with the way back kept", async ({ page }) => {
    await page.goto("/profile");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprofile$/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });
});

test.describe("staff sign in with a password", () => {
  test("the seeded nurse reaches the staff queue", { tag: "@postgres" }, async ({ page }) => {
    await page.goto("/staff/sign-in");
    await page.getByLabel("Email address").fill("nurse@example.com");
    await page.getByLabel("Password").fill("demo-nurse-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Flagged bookings" })).toBeVisible();

    const me = await page.request.get("/api/staff/me");
    expect(me.status()).toBe(200);
    expect((await me.json()).user).toMatchObject({ email: "nurse@example.com", role: "STAFF" });

    await page.getByRole("navigation", { name: "Main" }).getByRole("button", { name: "Sign out" }).click();
    expect((await page.request.get("/api/staff/me")).status()).toBe(401);
  });

  test("a wrong password gets the same message as an unknown email", async ({ page }) => {
    await page.goto("/staff/sign-in");
    await page.getByLabel("Email address").fill("nurse@example.com");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const message = "That email and password do not match a staff account.";
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();

    await page.getByLabel("Email address").fill(`nobody-${randomUUID()}@example.test`);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByLabel("Email address")).toHaveValue(/^nobody-/);
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Flagged bookings" })).toHaveCount(0);
  });
});

test.describe("roles", () => {
  test("a patient gets 403 for the staff area and the staff API", async ({ page, context, makePatient, signIn }) => {
    await signIn(context, await makePatient());
    const response = await page.goto("/staff");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

    const api = await page.request.get("/api/staff/me");
    expect(api.status()).toBe(403);
    expect((await api.json()).error.code).toBe("FORBIDDEN");
  });

  test("an anonymous call to the staff API gets 401", async ({ request }) => {
    const api = await request.get("/api/staff/me");
    expect(api.status()).toBe(401);
    expect((await api.json()).error.code).toBe("UNAUTHENTICATED");
  });

  test("an anonymous visit to /staff goes to the staff sign-in", async ({ page }) => {
    await page.goto("/staff");
    await expect(page).toHaveURL(/\/staff\/sign-in\?callbackUrl=%2Fstaff$/);
  });
});
