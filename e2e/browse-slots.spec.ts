import { expect, test } from "./fixtures";
import { showNextWeek } from "./slot-picker";

test("a visitor reads the clinic's notice, opens a procedure and sees free times in clinic time", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Harbourside Regenerative Clinic");
  const notice = page.getByRole("complementary", { name: "Unwell with a cough or cold?" });
  await expect(notice).toContainText("cough, cold or respiratory symptoms it is best to postpone");

  await page.getByRole("link", { name: "Initial consultation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Initial consultation" })).toBeVisible();
  await expect(page.getByText("45 minutes")).toBeVisible();
  await expect(page.getByText(/All times are New Zealand time \(NZ[DS]T\)/)).toBeVisible();

  // The first bookable week may be short (24 h notice); page forward until times show.
  const picker = page.getByRole("region", { name: /^Free times:/ });
  const slots = picker.getByRole("link", { name: /^\d{1,2}:\d{2} (am|pm), \w+day \d{1,2} \w+ \d{4}$/ });
  for (let i = 0; i < 3 && (await slots.count()) === 0; i++) await showNextWeek(page);
  await expect(slots.first()).toBeVisible();
  // The seed opens consultations no earlier than 8:30 am and closes by 5:30 pm clinic time.
  const firstTime = (await slots.first().textContent()) ?? "";
  expect(firstTime).toMatch(/^(8:30|9:\d\d|1[01]:\d\d) am$|^(12|[1-4]):\d\d pm$/);
});

test("the evidence for the stem cell infusion is stated plainly", async ({ page }) => {
  await page.goto("/procedures/ucmsc-infusion-autoimmune");
  const evidence = page.getByRole("region", { name: "The evidence" });
  await expect(evidence).toContainText("16 patients");
  await expect(evidence).toContainText("PMID 20506343");
  await expect(evidence).toContainText("without a control group");
});

test("a patient whose device is overseas is told the times are clinic time", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "Europe/London" });
  const page = await context.newPage();
  await page.goto("/procedures/joint-injection");
  await expect(page.getByRole("note")).toContainText("Your device is set to Europe/London");
  await context.close();
});

test("an unknown procedure shows a helpful not-found page", async ({ page }) => {
  const response = await page.goto("/procedures/no-such-thing");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
