import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Every form follows one pattern (GOV.UK / NHS.UK): after a failed submit an
// error summary titled "There is a problem" takes focus, each item links to
// its field and moves focus there, the message sits beside the field, the
// page title starts "Error: ", and the answers are kept.

// Several server renders per test, on a shared machine: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

const summaryOf = (page: Page) => page.getByRole("alert").filter({ hasText: "There is a problem" });

async function expectErrorPattern(page: Page, linkText: string | RegExp) {
  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await summary.getByRole("link", { name: linkText }).click();
}

async function fillDate(page: Page, legend: string, day: string, month: string, year: string) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
  return group;
}

for (const size of ["desktop", "phone"] as const) {
  test.describe(`forms at ${size} size`, () => {
    if (size === "phone") test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test("patient sign-in: the summary takes focus, links to the field, and keeps the address", async ({ page }) => {
      await page.goto("/sign-in");
      await expect(page).not.toHaveTitle(/^Error: /);
      const email = page.getByLabel("Email address");
      await email.fill("not-an-address");
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();

      await expectErrorPattern(page, /Enter an email address like name@example.com/);
      await expect(email).toBeFocused();
      await expect(email).toBeInViewport();
      await expect(email).toHaveAttribute("aria-invalid", "true");
      await expect(email).toHaveAccessibleDescription(/Error: Enter an email address like name@example.com/);
      await expect(email).toHaveValue("not-an-address");
    });

    test("profile: an impossible date of birth gets the NHS.UK message and the boxes keep what was typed", async ({
      page,
      context,
      makePatient,
      signIn,
    }) => {
      await signIn(context, await makePatient());
      await page.goto("/profile");
      const dateOfBirth = page.getByRole("group", { name: "Date of birth" });
      // The stored date is shown as people write it.
      await expect(dateOfBirth.getByLabel("Day")).toHaveValue("17");
      await expect(dateOfBirth.getByLabel("Month")).toHaveValue("5");
      await expect(dateOfBirth.getByLabel("Year")).toHaveValue("1980");
      await expect(dateOfBirth).toHaveAccessibleDescription(/For example, 27 3 2007/);

      await fillDate(page, "Date of birth", "31", "2", "1985");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expectErrorPattern(page, "Date of birth must be a real date");
      await expect(dateOfBirth.getByLabel("Day")).toBeFocused();
      await expect(dateOfBirth.getByLabel("Day")).toBeInViewport();
      await expect(dateOfBirth).toHaveAccessibleDescription(/Error: Date of birth must be a real date/);
      await expect(dateOfBirth.getByLabel("Day")).toHaveAttribute("aria-invalid", "true");
      await expect(dateOfBirth.getByLabel("Year")).not.toHaveAttribute("aria-invalid", "true");
      await expect(dateOfBirth.getByLabel("Day")).toHaveValue("31");
      await expect(dateOfBirth.getByLabel("Month")).toHaveValue("2");

      // A missing part: the link goes to that box.
      await fillDate(page, "Date of birth", "27", "", "2007");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expectErrorPattern(page, "Date of birth must include a month");
      await expect(dateOfBirth.getByLabel("Month")).toBeFocused();

      await fillDate(page, "Date of birth", "1", "1", "2099");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expectErrorPattern(page, "Date of birth must be in the past");

      // Corrected: saved, the title is plain again.
      await fillDate(page, "Date of birth", "27", "3", "1979");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Your details are saved." })).toBeVisible();
      await expect(summaryOf(page)).toBeHidden();
      await expect(page).not.toHaveTitle(/^Error: /);
      await page.reload();
      await expect(dateOfBirth.getByLabel("Day")).toHaveValue("27");
      await expect(dateOfBirth.getByLabel("Month")).toHaveValue("3");
    });
  });
}

test("first sign-in profile: every missing answer is listed and linked, what was typed is kept", async ({ page, context, db, signIn }) => {
  const email = `first-${randomUUID()}@example.test`;
  const user = await db.user.create({ data: { email, name: null, role: "PATIENT", emailVerified: new Date() } });
  await signIn(context, { id: user.id, email, name: "", role: "PATIENT" });
  await page.goto("/profile/complete");
  await page.getByLabel("Full legal name").fill("Hine Walker");
  await page.getByRole("button", { name: "Save and continue" }).click();

  const summary = summaryOf(page);
  await expectErrorPattern(page, "Enter your date of birth");
  await expect(page.getByRole("group", { name: "Date of birth" }).getByLabel("Day")).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText(["Enter your date of birth", /Enter a phone number/]);
  await summary.getByRole("link", { name: /Enter a phone number/ }).click();
  await expect(page.getByLabel("Phone number")).toBeFocused();
  await expect(page.getByLabel("Full legal name")).toHaveValue("Hine Walker");
});

test("staff sign-in: both fields listed, the address kept and the password not", async ({ page }) => {
  await page.goto("/staff/sign-in");
  await page.getByLabel("Email address").fill("nurse@example");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectErrorPattern(page, "Enter your password.");
  await expect(page.getByLabel("Password")).toBeFocused();
  await summaryOf(page).getByRole("link", { name: /Enter an email address/ }).click();
  await expect(page.getByLabel("Email address")).toBeFocused();
  await expect(page.getByLabel("Email address")).toHaveValue("nurse@example");

  // Wrong credentials are said once, at the top, and the password is not put back.
  // (Not a seeded account: wrong guesses slow that account's own sign-ins down.)
  const stranger = `nobody-${randomUUID()}@example.test`;
  await page.getByLabel("Email address").fill(stranger);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(summaryOf(page)).toBeFocused();
  await expect(page.getByLabel("Password")).toHaveValue("");
  await expect(page.getByLabel("Email address")).toHaveValue(stranger);
});

test.describe("time off at phone size", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("time off: the summary takes focus and links to each field; the practitioner stays chosen", async ({ page, context, db, makeStaff, signIn }) => {
    await signIn(context, await makeStaff());
    const practitioner = await db.practitioner.findFirstOrThrow({ select: { name: true }, orderBy: { name: "asc" } });
    await page.goto("/staff/time-off");
    await page.getByLabel("Practitioner", { exact: true }).selectOption({ label: practitioner.name });
    await page.getByRole("button", { name: "Block this time" }).click();

    await expectErrorPattern(page, "Enter the start date");
    await expect(page.getByLabel("Start date")).toBeFocused();
    await expect(page.getByLabel("Start date")).toBeInViewport();
    await expect(summaryOf(page).getByRole("link")).toHaveText(["Enter the start date", "Enter the start time", "Enter the end date", "Enter the end time"]);
    await summaryOf(page).getByRole("link", { name: "Enter the end time" }).click();
    await expect(page.getByLabel("End time (clinic time)")).toBeFocused();
    await expect(page.getByLabel("End time (clinic time)")).toHaveAccessibleDescription("Error: Enter the end time");
    await expect(page.getByLabel("Practitioner", { exact: true }).locator("option:checked")).toHaveText(practitioner.name);
  });
});
