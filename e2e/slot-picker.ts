import { expect, type Page } from "@playwright/test";

// The slot picker's week links are client-side navigations: the old week's
// times stay on the page until the new week renders. Reading or clicking a
// time before then reaches into the wrong week (and, with tests running in
// parallel, into another test's time).

/** Clicks "Next week" and waits until the picker shows the following week. */
export async function showNextWeek(page: Page): Promise<void> {
  const heading = page.getByRole("heading", { name: /^Free times:/ });
  const shown = (await heading.textContent()) ?? "";
  await page.getByRole("navigation", { name: "Weeks" }).getByRole("link", { name: "Next week" }).click();
  await expect(heading).not.toHaveText(shown);
}
