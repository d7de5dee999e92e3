import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import type { PrismaClient } from "@prisma/client";
import { claimCellsFor } from "../lib/availability/claim-cells";
import { addClinicDays, weekRange } from "../lib/availability/clinic-date";
import { formatClinicDate, formatClinicTime } from "../lib/availability/clinic-display";
import { clinicDate, clinicDaysAhead } from "./clinic-dates";
import { expect, test, type TestUser } from "./fixtures";

// The patient's booking journey: the slot picker, the chosen time through
// sign-in, rescheduling with the same practitioner, and the same journey
// done with the keyboard alone.

const ZONE = "Pacific/Auckland";
const UNSCREENED = "follow-up-review";
const SCREENED = "joint-injection";
const PICKER = /^Free times:/;
const FIRST_AVAILABLE = /^\w+day \d{1,2} \w+ \d{4} at \d{1,2}:\d{2} (am|pm)$/;

type ApiSlot = { startsAt: string; practitioners: { id: string; name: string }[] };

const startOf = (href: string) => new URL(href, "http://x").searchParams.get("start")!;
const pickOne = <T,>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;

async function slotsBetween(page: Page, slug: string, fromDay: number, days: number): Promise<ApiSlot[]> {
  const res = await page.request.get(`/api/procedures/${slug}/slots?from=${clinicDaysAhead(fromDay)}&to=${clinicDaysAhead(fromDay + days - 1)}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { slots: ApiSlot[] }).slots;
}

/** Holds a practitioner's time at `startsAt` with a booking made straight in the database (with its claims). */
async function holdTime(db: PrismaClient, slug: string, practitionerId: string, startsAt: Date, patient: TestUser) {
  const procedure = await db.procedure.findUniqueOrThrow({ where: { slug } });
  const endsAt = new Date(startsAt.getTime() + procedure.durationMinutes * 60_000);
  const blockedUntil = new Date(endsAt.getTime() + procedure.bufferMinutes * 60_000);
  return db.booking.create({
    data: {
      reference: `CB-${randomUUID().replace(/[^A-Z2-9]/gi, "").slice(0, 5).toUpperCase()}`,
      patientId: patient.id,
      procedureId: procedure.id,
      practitionerId,
      startsAt,
      endsAt,
      blockedUntil,
      status: "CONFIRMED",
      claims: { create: claimCellsFor({ startsAt, endsAt: blockedUntil }).map((cellStart) => ({ practitionerId, cellStart })) },
    },
  });
}

/** The newest sign-in link emailed to `email`, read from the outbox. */
async function signInLinkFor(db: PrismaClient, email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return /https?:\/\/\S+\/api\/auth\/callback\/email\S+/.exec(mail.text)![0];
}

/** Presses Tab until `target` has focus (keyboard only; fails after `limit` presses). */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/** Moves through a radio group with the arrow keys until `target` is focused (and so checked). */
async function arrowTo(page: Page, target: Locator, limit = 6) {
  for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(target).toBeFocused();
}

test.describe("the slot picker", () => {
  for (const slug of [UNSCREENED, "ucmsc-infusion-autoimmune"]) {
    // The first-free-time search is the same for both procedures: one of them also runs on PostgreSQL.
    test(`${slug}: opens on the week of the first free time, offers it plainly and shows no day that cannot be booked`, { tag: slug === UNSCREENED ? "@postgres" : [] }, async ({ page }) => {
      await page.goto(`/procedures/${slug}`);
      const first = page.getByRole("link", { name: FIRST_AVAILABLE });
      await expect(page.getByText("First available:")).toBeVisible();
      const start = new Date(startOf((await first.getAttribute("href"))!));
      expect(await first.getAttribute("href")).toContain(`/procedures/${slug}/book?start=`);
      // Nothing is free earlier than that.
      const earlier = await slotsBetween(page, slug, 0, 31);
      expect(earlier.filter((s) => new Date(s.startsAt) < start)).toEqual([]);

      // The picker opens on that time's week, and that time is in it.
      const picker = page.getByRole("region", { name: PICKER });
      const label = `${formatClinicTime(start, ZONE)}, ${formatClinicDate(start, ZONE)}`;
      await expect(picker.getByRole("link", { name: label, exact: true })).toBeVisible();

      // No card for a day that is past or inside the 24 hours' notice.
      const firstBookable = clinicDate(new Date(Date.now() + 24 * 3_600_000));
      const dayHeadings = await picker.getByRole("heading", { level: 3 }).allTextContents();
      for (let d = weekRange(firstBookable).from; d < firstBookable; d = addClinicDays(d, 1)) {
        expect(dayHeadings).not.toContain(formatClinicDate(d, ZONE));
      }
    });
  }

  test("Next week keeps the patient at the picker, focuses the new week and announces it", async ({ page }) => {
    await page.goto(`/procedures/${UNSCREENED}`);
    const heading = page.getByRole("heading", { name: PICKER });
    const weeks = page.getByRole("navigation", { name: "Weeks" });
    // Scrolled down to the picker, as a patient reading the page would be.
    await heading.evaluate((el) => el.scrollIntoView({ block: "start" }));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(0);
    const shown = (await heading.textContent())!;
    await weeks.getByRole("link", { name: "Next week" }).click();
    await expect(heading).not.toHaveText(shown);
    await expect(heading).toBeFocused();
    // No jump back to the top of the page: the picker is still where the patient is.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before / 2);
    await expect(heading).toBeInViewport();
    const newWeek = (await heading.textContent())!.replace("Free times: ", "");
    await expect(page.getByRole("status").filter({ hasText: `Showing free times for ${newWeek}` })).toBeAttached();
    // The week is in the address, so Back and a reload keep it.
    expect(new URL(page.url()).searchParams.get("week")).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await weeks.getByRole("link", { name: "Previous week" }).click();
    await expect(heading).toHaveText(shown);
    await expect(heading).toBeFocused();
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test("after Next week the focused heading is on screen", async ({ page }) => {
      await page.goto(`/procedures/${UNSCREENED}`);
      const heading = page.getByRole("heading", { name: PICKER });
      const shown = (await heading.textContent())!;
      const next = page.getByRole("navigation", { name: "Weeks" }).getByRole("link", { name: "Next week" });
      await next.scrollIntoViewIfNeeded();
      await next.tap();
      await expect(heading).not.toHaveText(shown);
      await expect(heading).toBeFocused();
      const box = (await heading.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(844);
    });
  });
});

test.describe("the chosen time through sign-in", () => {
  test("is shown while signing in, the email page says where the link went, and the link returns to the same time", { tag: "@postgres" }, async ({
    page,
    db,
    makePatient,
  }) => {
    test.setTimeout(90_000);
    const patient = await makePatient("Chosen Time");
    await page.goto(`/procedures/${UNSCREENED}?week=${clinicDaysAhead(10 + Math.floor(Math.random() * 40))}`);
    const picker = page.getByRole("region", { name: PICKER });
    const times = picker.getByRole("link", { name: /^\d{1,2}:\d{2} (am|pm), / });
    await expect(times.first()).toBeVisible();
    const chosen = pickOne(await times.all());
    const start = new Date(startOf((await chosen.getAttribute("href"))!));
    await chosen.click();

    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    const panel = page.getByRole("region", { name: "Your chosen time" });
    await expect(panel).toContainText("Follow-up review");
    await expect(panel).toContainText(`${formatClinicDate(start, ZONE)} at ${formatClinicTime(start, ZONE)}`);
    await page.getByLabel("Email address").fill(patient.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();

    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: `If ${patient.email} can sign in, a link is on its way to it.` })).toBeVisible();
    await expect(page.getByRole("region", { name: "Your chosen time" })).toContainText(formatClinicDate(start, ZONE));
    const different = page.getByRole("link", { name: "Use a different address" });
    const backTo = new URL((await different.getAttribute("href"))!, "http://x").searchParams.get("callbackUrl")!;
    expect(backTo).toMatch(new RegExp(`^/procedures/${UNSCREENED}/book\\?start=`));
    expect(startOf(backTo)).toBe(start.toISOString());

    await page.getByRole("button", { name: "Send again" }).click();
    await expect(page.getByRole("status").filter({ hasText: `We have sent another link to ${patient.email}` })).toBeVisible();
    expect(await db.outboxEmail.count({ where: { to: patient.email } })).toBe(2);

    await page.goto(await signInLinkFor(db, patient.email));
    await expect(page.getByRole("heading", { level: 1, name: "Confirm your booking" })).toBeVisible();
    expect(startOf(page.url())).toBe(start.toISOString());
    await expect(page.getByText(formatClinicDate(start, ZONE)).first()).toBeVisible();

  });

  test("a time that has gone meanwhile is said so, with the nearest free times", { tag: "@postgres" }, async ({ page, context, db, makePatient, signIn }) => {
    const patient = await makePatient("Too Slow");
    const other = await makePatient("Quicker");
    const slot = pickOne(await slotsBetween(page, UNSCREENED, 20 + Math.floor(Math.random() * 40), 7));
    const startsAt = new Date(slot.startsAt);
    for (const practitioner of slot.practitioners) await holdTime(db, UNSCREENED, practitioner.id, startsAt, other);

    await signIn(context, patient);
    await page.goto(`/procedures/${UNSCREENED}/book?start=${encodeURIComponent(slot.startsAt)}`);
    await expect(page.getByRole("heading", { level: 1, name: "That time is no longer free" })).toBeVisible();
    const nearest = page.getByRole("region", { name: "Nearest free times" });
    const links = nearest.getByRole("link");
    await expect(links.first()).toBeVisible();
    expect(await links.count()).toBeGreaterThan(1);
    await links.first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Confirm your booking" })).toBeVisible();
  });
});

test("rescheduling keeps the practitioner when free, and otherwise asks who the patient would like to see", { tag: "@postgres" }, async ({
  page,
  context,
  db,
  makePatient,
  signIn,
}) => {
  test.setTimeout(90_000);
  const patient = await makePatient("Same Doctor");
  const other = await makePatient("Someone Else");
  const base = 20 + Math.floor(Math.random() * 40);
  const shared = (await slotsBetween(page, UNSCREENED, base, 14)).filter((s) => s.practitioners.length >= 2);
  const [a, b] = pickOne(shared).practitioners;
  const both = shared.filter((s) => s.practitioners.some((p) => p.id === a!.id) && s.practitioners.some((p) => p.id === b!.id));
  const [s1, s2, s3] = [...both].sort(() => Math.random() - 0.5).filter((s, i, all) => all.findIndex((t) => clinicDate(t.startsAt) === clinicDate(s.startsAt)) === i);
  const booking = await holdTime(db, UNSCREENED, a!.id, new Date(s1!.startsAt), patient);
  // Dr A is busy at the second time; Dr B is free.
  await holdTime(db, UNSCREENED, a!.id, new Date(s2!.startsAt), other);

  await signIn(context, patient);
  await page.goto(`/bookings/${booking.id}/reschedule?start=${encodeURIComponent(s2!.startsAt)}`);
  const choice = page.getByRole("group", { name: "Who would you like to see?" });
  await expect(choice).toContainText(`${a!.name} is not free at that time`);
  await expect(choice.getByRole("radio")).toHaveCount(1);
  // Not chosen for them: confirming without a choice is refused and changes nothing.
  await page.getByRole("button", { name: "Confirm new time" }).click();
  await expect(page.getByRole("alert").filter({ hasText: `${a!.name} is not free at that time` })).toBeVisible();
  expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).startsAt.toISOString()).toBe(s1!.startsAt);

  await choice.getByRole("radio", { name: b!.name }).check();
  await page.getByRole("button", { name: "Confirm new time" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your booking has been moved" })).toBeVisible();
  const moved = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
  expect([moved.startsAt.toISOString(), moved.practitionerId]).toEqual([s2!.startsAt, b!.id]);

  // Dr B is free at the third time: kept, and said so.
  await page.goto(`/bookings/${booking.id}/reschedule?start=${encodeURIComponent(s3!.startsAt)}`);
  await expect(page.getByText(`You will see the same practitioner, ${b!.name}.`)).toBeVisible();
  await expect(page.getByRole("group", { name: "Who would you like to see?" })).toHaveCount(0);
  await page.getByRole("button", { name: "Confirm new time" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your booking has been moved" })).toBeVisible();
  expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).practitionerId).toBe(b!.id);
});

test("keyboard only: from sign-in to a confirmed booking with the health questions", async ({ page, db, makePatient }) => {
  test.setTimeout(120_000);
  const patient = await makePatient("Keyboard Only");
  await page.goto(`/procedures/${SCREENED}`);

  // The first available time, reached with Tab and opened with Enter.
  await tabTo(page, page.getByRole("link", { name: FIRST_AVAILABLE }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expect(page.getByRole("region", { name: "Your chosen time" })).toBeVisible();

  await tabTo(page, page.getByLabel("Email address"));
  await page.keyboard.type(patient.email);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  // Reading the email is outside the app: open its link.
  await page.goto(await signInLinkFor(db, patient.email));
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your booking" })).toBeVisible();

  await tabTo(page, page.getByRole("checkbox", { name: "None of these", exact: true }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: "None of these", exact: true })).toBeChecked();
  for (const question of [/positive COVID-19 or influenza/, /close or household contact/, /got better in the last 7 weeks/]) {
    const group = page.getByRole("group", { name: question });
    await tabTo(page, group.getByRole("radio").first());
    const no = group.getByRole("radio", { name: "No", exact: true });
    await arrowTo(page, no);
    if (!(await no.isChecked())) await page.keyboard.press("Space");
    await expect(no).toBeChecked();
  }
  const declaration = page.getByRole("checkbox", { name: /I confirm that my answers are true/ });
  await tabTo(page, declaration);
  await page.keyboard.press("Space");
  await expect(declaration).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Confirm booking" }));
  await page.keyboard.press("Enter");

  // The confirmation takes focus, so a screen reader reads it out.
  const confirmed = page.getByRole("status").filter({ hasText: "Your booking is confirmed" });
  await expect(confirmed).toBeVisible();
  await expect(confirmed).toBeFocused();
  const booking = await db.booking.findFirstOrThrow({ where: { patientId: patient.id } });
  expect(booking.status).toBe("CONFIRMED");
  // The clinic's phone number is a tap-to-call link.
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: "clinic" } });
  await expect(page.getByRole("contentinfo").getByRole("link", { name: clinic.phone })).toHaveAttribute("href", `tel:${clinic.phone.replace(/\s/g, "")}`);
});
