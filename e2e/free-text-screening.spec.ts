import type { Page } from "@playwright/test";
import { clinicDate } from "./clinic-dates";
import { expect, test } from "./fixtures";

// The patient's own words: a misspelt symptom in the free text flags the
// booking, and staff see the words that did it highlighted on the review page.

const SCREENED_PROCEDURE = "joint-injection";

// A patient and a nurse in one test, as in staff.spec.ts.
test.describe.configure({ timeout: 90_000 });
const DAY = 24 * 3_600_000;

async function bookWithNote(page: Page, note: string) {
  const day = clinicDate(new Date(Date.now() + (3 + Math.floor(Math.random() * 10)) * DAY));
  await page.goto(`/procedures/${SCREENED_PROCEDURE}?week=${day}`);
  const picker = page.getByRole("region", { name: /^Free times:/ });
  const links = picker.getByRole("link", { name: /\d{1,2}:\d{2} (am|pm)/ });
  await expect(links.first()).toBeVisible();
  const count = await links.count();
  await links.nth(Math.floor(Math.random() * count)).click();
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your booking" })).toBeVisible();

  await page.getByRole("checkbox", { name: "None of these", exact: true }).check();
  for (const question of [/positive COVID-19 or influenza/, /close or household contact/, /got better in the last 7 weeks/]) {
    await page.getByRole("group", { name: question }).getByRole("radio", { name: "No", exact: true }).check();
  }
  await page.getByLabel("Is there anything else about your health the team should know?").fill(note);
  await page.getByRole("checkbox", { name: /I confirm that my answers are true/ }).check();
  await page.getByRole("button", { name: "Confirm booking" }).click();
}

test("a misspelt symptom in the free text flags the booking, and staff see the words that did it", async ({
  page,
  context,
  browser,
  db,
  makePatient,
  makeStaff,
  signIn,
}) => {
  const patient = await makePatient("Aroha Notes");
  await signIn(context, patient);
  await bookWithNote(page, "My daughter will drive me. Been caughing at night since the weekend.");

  // The patient is told plainly, quoting their own word.
  const advice = page.getByRole("region", { name: "It is best to postpone your procedure" });
  await expect(advice).toBeVisible();
  await expect(advice).toContainText("caughing");
  const booking = await db.booking.findFirstOrThrow({ where: { patientId: patient.id }, include: { screenings: true } });
  expect(booking.status).toBe("FLAGGED");
  expect(booking.screenings[0]?.assessedForStart?.toISOString()).toBe(booking.startsAt.toISOString());

  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffContext, await makeStaff());
  await staffPage.goto(`/staff?q=${booking.reference}`);
  await expect(staffPage.getByRole("row").filter({ hasText: booking.reference })).toContainText("Mentions illness");
  await staffPage.goto(`/staff/bookings/${booking.id}`);
  const words = staffPage.getByRole("region", { name: "The patient's words (flagged phrases marked)" });
  await expect(words).toContainText("My daughter will drive me.");
  const marked = words.locator("mark");
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveText(/caughing/);

  // Marking it not respiratory needs a note, then takes that reason out of the review only.
  await staffPage.getByRole("button", { name: "Mark free text not respiratory" }).click();
  await expect(staffPage.getByLabel(/Note: why the free text is not respiratory/)).toHaveAccessibleDescription(
    "Error: Write a note saying why the text is not about a respiratory illness.",
  );
  await staffPage.getByLabel(/Note: why the free text is not respiratory/).fill("Phoned: she meant her husband's snoring.");
  await staffPage.getByRole("button", { name: "Mark free text not respiratory" }).click();
  await expect(staffPage.getByRole("status")).toContainText("Marked not respiratory");
  await staffPage.reload();
  await expect(staffPage.getByRole("region", { name: "Review history" })).toContainText("marked the free text not respiratory");
  await expect(staffPage.getByRole("button", { name: "Mark free text not respiratory" })).toHaveCount(0);
  await expect(staffPage.getByTestId("booking-status")).toHaveText("awaiting review");
  expect(await db.auditEvent.count({ where: { entityId: booking.id, action: "screening.reason_dismissed" } })).toBe(1);
  // The queue's chip goes too: the booking still waits for a decision, but not for its text.
  await staffPage.goto(`/staff?q=${booking.reference}`);
  const row = staffPage.getByRole("row").filter({ hasText: booking.reference });
  await expect(row).toContainText("None recorded");
  await expect(row).not.toContainText("Mentions illness");
  await staffContext.close();
});
