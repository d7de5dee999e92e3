import { clinicDate, clinicDaysAhead } from "./clinic-dates";
import type { APIRequestContext } from "@playwright/test";
import { wellAnswers } from "../lib/screening/well-answers";
import { expect, test } from "./fixtures";

// Per-procedure booking rules as a patient meets them (docs/decisions/014):
// the infusion comes after a consultation, and a second consultation is
// answered with the first and an offer to move it.

// Real bookings through a production server shared with other suites; allow for a busy machine.
test.describe.configure({ timeout: 120_000 });

const INFUSION = "ucmsc-infusion-autoimmune";
const CONSULTATION = "initial-consultation";

type ApiSlot = { startsAt: string };

const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

async function freeSlots(request: APIRequestContext, slug: string, fromDay: number): Promise<ApiSlot[]> {
  const res = await request.get(`/api/procedures/${slug}/slots?from=${clinicDaysAhead(fromDay)}&to=${clinicDaysAhead(fromDay + 13)}`);
  expect(res.status()).toBe(200);
  const { slots } = (await res.json()) as { slots: ApiSlot[] };
  expect(slots.length).toBeGreaterThan(0);
  return slots;
}

for (const size of ["desktop", "phone"] as const) {
  // The rules are the database's business once; the phone size is about the page.
  test.describe(`at ${size} size`, { tag: size === "desktop" ? "@postgres" : [] }, () => {
    if (size === "phone") test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test("a brand-new patient is told the consultation comes first, with a link to book it", async ({ page, context, makePatient, signIn }) => {
      await signIn(context, await makePatient("First Timer"));

      // On the infusion's page, before any time is picked.
      await page.goto(`/procedures/${INFUSION}`);
      await expect(page.getByRole("heading", { name: "What comes first" })).toBeVisible();
      const alert = page.getByRole("alert").filter({ hasText: "You have not booked Initial consultation yet." });
      await expect(alert).toBeVisible();

      // Straight to a time anyway (a bookmarked link): the book page refuses and links to the consultation.
      const [slot] = await freeSlots(page.request, INFUSION, between(20, 40));
      await page.goto(`/procedures/${INFUSION}/book?start=${encodeURIComponent(slot!.startsAt)}`);
      await expect(page.getByRole("alert").filter({ hasText: "comes after Initial consultation. Book Initial consultation first" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Confirm booking" })).toHaveCount(0);
      await page.getByRole("link", { name: "Book Initial consultation" }).click();
      await expect(page).toHaveURL(new RegExp(`/procedures/${CONSULTATION}`));
      await expect(page.getByRole("heading", { level: 1, name: "Initial consultation" })).toBeVisible();
    });

    test("a second consultation the same morning is shown the first and offered to move it", async ({ page, context, makePatient, signIn }) => {
      await signIn(context, await makePatient("Keen Booker"));
      // Two times on one day, an hour or more apart, so only the duplicate rule stands in the way.
      const slots = await freeSlots(page.request, CONSULTATION, between(20, 40));
      const pair = slots.flatMap((a) =>
        slots
          .filter((b) => clinicDate(b.startsAt) === clinicDate(a.startsAt) && Date.parse(b.startsAt) - Date.parse(a.startsAt) >= 60 * 60_000)
          .map((b) => [a, b] as const),
      )[0];
      expect(pair, "two consultation times on one day").toBeDefined();
      const [first, second] = pair!;
      const booked = await page.request.post("/api/bookings", {
        data: { procedureSlug: CONSULTATION, startsAt: first.startsAt, screening: wellAnswers() },
      });
      expect(booked.status()).toBe(201);
      const { booking } = (await booked.json()) as { booking: { id: string } };

      // The API says the same, with the way on.
      const again = await page.request.post("/api/bookings", {
        data: { procedureSlug: CONSULTATION, startsAt: second.startsAt, screening: wellAnswers() },
      });
      expect(again.status()).toBe(409);
      expect((await again.json()).error).toMatchObject({
        code: "DUPLICATE_BOOKING",
        next: { label: "Change that booking", href: `/bookings/${booking.id}/reschedule` },
      });

      await page.goto(`/procedures/${CONSULTATION}/book?start=${encodeURIComponent(second.startsAt)}`);
      await expect(page.getByRole("alert").filter({ hasText: /You already have Initial consultation on \w+day \d+ \w+ \d{4} at/ })).toBeVisible();
      await expect(page.getByRole("button", { name: "Confirm booking" })).toHaveCount(0);
      await page.getByRole("link", { name: "Change that booking" }).click();
      await expect(page).toHaveURL(new RegExp(`/bookings/${booking.id}/reschedule`));
    });
  });
}
