import { randomUUID } from "node:crypto";
import { clinicDate } from "./clinic-dates";
import type { Page } from "@playwright/test";
import type { PrismaClient } from "@prisma/client";
import { claimCellsFor } from "../lib/availability/claim-cells";
import { wellAnswers } from "../lib/screening/well-answers";
import { expect, test, type TestUser } from "./fixtures";
import { showNextWeek } from "./slot-picker";

// Health screening: at booking, at the pre-procedure check-in, and through the API.

const SCREENED_PROCEDURE = "joint-injection";
const HOUR = 3_600_000;

/** Answers the questionnaire: the given symptom boxes (or "None of these"), "No" to the yes/no questions, and the declaration. */
async function answerScreening(page: Page, { symptoms = ["None of these"] }: { symptoms?: string[] } = {}) {
  for (const symptom of symptoms) await page.getByRole("checkbox", { name: symptom, exact: true }).check();
  for (const question of [/positive COVID-19 or influenza/, /close or household contact/, /got better in the last 7 weeks/]) {
    await page.getByRole("group", { name: question }).getByRole("radio", { name: "No", exact: true }).check();
  }
  await page.getByRole("checkbox", { name: /I confirm that my answers are true/ }).check();
}

/**
 * A booking made straight in the database, starting `hoursAhead` from now,
 * with its slot claims, for a practitioner of its own so it never collides
 * with another test's time.
 */
async function makeBookingInDb(db: PrismaClient, patient: TestUser, hoursAhead: number) {
  const procedure = await db.procedure.findUniqueOrThrow({ where: { slug: SCREENED_PROCEDURE } });
  const tag = randomUUID().slice(0, 8);
  const practitioner = await db.practitioner.create({ data: { name: `Dr Test ${tag}`, title: "Doctor" } });
  const quarter = 15 * 60_000;
  const startsAt = new Date(Math.ceil((Date.now() + hoursAhead * HOUR) / quarter) * quarter);
  const endsAt = new Date(startsAt.getTime() + procedure.durationMinutes * 60_000);
  const blockedUntil = new Date(endsAt.getTime() + procedure.bufferMinutes * 60_000);
  return db.booking.create({
    data: {
      reference: `CB-${tag.slice(0, 5).toUpperCase()}`,
      patientId: patient.id,
      procedureId: procedure.id,
      practitionerId: practitioner.id,
      startsAt,
      endsAt,
      blockedUntil,
      status: "CONFIRMED",
      claims: {
        create: claimCellsFor({ startsAt, endsAt: blockedUntil }).map((cellStart) => ({
          practitionerId: practitioner.id,
          cellStart,
        })),
      },
    },
  });
}


/**
 * Clicks a random free time on or after `notBefore` (a clinic date) in the
 * slot picker on the page, paging forward week by week. Random, so parallel
 * tests rarely reach for the same time.
 */
async function chooseFreeTime(page: Page, notBefore: string) {
  const picker = page.getByRole("region", { name: /^Free times:/ });
  for (let week = 0; week < 4; week++) {
    const links = picker.getByRole("link", { name: /\d{1,2}:\d{2} (am|pm)/ });
    const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href") ?? ""));
    const candidates = hrefs.filter((href) => {
      const start = new URL(href, "http://x").searchParams.get("start");
      return start !== null && clinicDate(new Date(start)) >= notBefore;
    });
    if (candidates.length > 0) {
      const href = candidates[Math.floor(Math.random() * candidates.length)]!;
      await picker.locator(`a[href="${href}"]`).click();
      return new Date(new URL(href, "http://x").searchParams.get("start")!);
    }
    await showNextWeek(page);
  }
  throw new Error(`No free time on or after ${notBefore}`);
}

/**
 * Opens the screened procedure's picker on a random day `fromDays` to
 * `fromDays + spanDays - 1` days ahead. Tests that run side by side and book
 * this procedure take days apart, so neither takes the other's time.
 */
async function openPickerAhead(page: Page, fromDays: number, spanDays: number) {
  const day = clinicDate(new Date(Date.now() + (fromDays + Math.floor(Math.random() * spanDays)) * 24 * HOUR));
  await page.goto(`/procedures/${SCREENED_PROCEDURE}?week=${day}`);
  return day;
}

test("a patient with no symptoms books a screened procedure and is confirmed", { tag: "@postgres" }, async ({ page, context, db, makePatient, signIn }) => {
  const patient = await makePatient("Mere Well");
  await signIn(context, patient);
  const notBefore = await openPickerAhead(page, 22, 14);
  await chooseFreeTime(page, notBefore);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your booking" })).toBeVisible();

  await answerScreening(page);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("status")).toContainText("Your booking is confirmed");
  await expect(page.getByRole("region", { name: "It is best to postpone your procedure" })).toHaveCount(0);

  const booking = await db.booking.findFirstOrThrow({ where: { patientId: patient.id }, include: { screenings: true } });
  expect(booking.status).toBe("CONFIRMED");
  expect(booking.screenings.map((r) => [r.kind, r.outcome, r.questionnaireVersion])).toEqual([["BOOKING", "CLEAR", 1]]);
});

test("a patient with a cold is flagged, reads why it is best to postpone, and moves to a later date", { tag: "@postgres" }, async ({
  page,
  context,
  db,
  makePatient,
  signIn,
}) => {
  const patient = await makePatient("Tama Sniffles");
  await signIn(context, patient);
  const notBefore = await openPickerAhead(page, 2, 6);
  const firstStart = await chooseFreeTime(page, notBefore);

  await answerScreening(page, { symptoms: ["Runny or blocked nose, sneezing (a cold)"] });
  await page.getByRole("button", { name: "Confirm booking" }).click();

  const advice = page.getByRole("region", { name: "It is best to postpone your procedure" });
  await expect(advice).toBeVisible();
  await expect(advice).toContainText("You told us you have, or recently had, a runny or blocked nose or sneezing");
  const booking = await db.booking.findFirstOrThrow({ where: { patientId: patient.id }, include: { screenings: true } });
  expect(booking.status).toBe("FLAGGED");
  const suggested = booking.screenings[0]?.earliestSuggestedDate;
  expect(suggested).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // Shown as a clinic date in words, e.g. "Monday 7 December 2026".
  const [y, m, d] = suggested!.split("-").map(Number) as [number, number, number];
  const inWords = new Intl.DateTimeFormat("en-NZ", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
  await expect(advice).toContainText(`The earliest date we suggest for your procedure is`);
  await expect(advice).toContainText(inWords);
  await expect(advice.getByText(/wait for our call/)).toBeVisible();
  await expect(advice.getByRole("link", { name: "Cancel your booking" })).toBeVisible();
  // Not a green "success": the booking is made, but postponing is best.
  await expect(page.getByRole("status")).toContainText("Your booking is awaiting review. It is best to postpone");
  await expect(advice).not.toContainText("Our team will contact you to arrange a new date");
  await expect(advice).toContainText("contact your GP or call Healthline on 0800 611 116");

  // The reschedule page opens on the week of the suggested date, offering no earlier times.
  await advice.getByRole("link", { name: "Move your booking to a later date" }).click();
  await expect(page).toHaveURL(new RegExp(`/bookings/${booking.id}/reschedule\\?week=${suggested}`));
  await expect(page.getByText(/^Times before .+ are not shown because your answers suggest waiting until then\.$/)).toBeVisible();
  const offered = await page
    .getByRole("region", { name: /^Free times:/ })
    .getByRole("link", { name: /\d{1,2}:\d{2} (am|pm)/ })
    .evaluateAll((nodes) => nodes.map((node) => new URL(node.getAttribute("href") ?? "", "http://x").searchParams.get("start") ?? ""));
  for (const start of offered) expect(clinicDate(new Date(start)) >= suggested!).toBe(true);
  const newStart = await chooseFreeTime(page, suggested!);
  await page.getByRole("button", { name: "Confirm new time" }).click();
  await expect(page).toHaveURL(new RegExp(`/bookings/${booking.id}(\\?|$)`));

  const moved = await db.booking.findUniqueOrThrow({ where: { id: booking.id } });
  expect(moved.startsAt).toEqual(newStart);
  expect(moved.startsAt.getTime()).toBeGreaterThan(firstStart.getTime());
  expect(clinicDate(moved.startsAt) >= suggested!).toBe(true);
});

test("a patient whose booking the clinic postponed is shown how to book a new time, from the suggested date", async ({
  page,
  context,
  db,
  makePatient,
  signIn,
}) => {
  const patient = await makePatient("Rawiri Postponed");
  await signIn(context, patient);
  const booking = await makeBookingInDb(db, patient, 5 * 24);
  const suggested = clinicDate(new Date(Date.now() + 16 * 24 * HOUR));
  await db.screeningResponse.create({
    data: { bookingId: booking.id, kind: "BOOKING", questionnaireVersion: 1, answers: "{}", outcome: "FLAGGED", reasons: "[]", earliestSuggestedDate: suggested, submittedById: patient.id },
  });
  await db.slotClaim.deleteMany({ where: { bookingId: booking.id } });
  await db.booking.update({ where: { id: booking.id }, data: { status: "POSTPONED" } });
  const { phone } = await db.clinic.findUniqueOrThrow({ where: { id: "clinic" } });

  await page.goto(`/bookings/${booking.id}`);
  const panel = page.getByRole("region", { name: "Book a new time" });
  await expect(panel).toContainText("The clinic has postponed this booking. Please book a new time.");
  await expect(panel).toContainText(phone);
  await panel.getByRole("link", { name: /Choose a new time/ }).click();
  await expect(page).toHaveURL(new RegExp(`/procedures/${SCREENED_PROCEDURE}\\?week=${suggested}$`));
});

test("a patient in the check-in window answers again from their booking page, and a new symptom flags the booking", { tag: "@postgres" }, async ({
  page,
  context,
  db,
  makePatient,
  signIn,
}) => {
  const patient = await makePatient("Aroha Check-in");
  await signIn(context, patient);
  const booking = await makeBookingInDb(db, patient, 48);

  await page.goto(`/bookings/${booking.id}`);
  await page.getByRole("link", { name: /health check-in/i }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Health check-in" })).toBeVisible();

  await answerScreening(page);
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("heading", { name: "Thank you, your health questions are answered" })).toBeVisible();
  const first = await db.screeningResponse.findMany({ where: { bookingId: booking.id } });
  expect(first.map((r) => [r.kind, r.outcome, r.questionnaireVersion])).toEqual([["PRE_PROCEDURE", "CLEAR", 1]]);
  expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CONFIRMED");

  // Something changed: answer again. The new answers are added, not written over the first.
  await page.getByRole("link", { name: /Answer the questions again/ }).click();
  await answerScreening(page, { symptoms: ["New or worse cough"] });
  await page.getByRole("button", { name: "Send my answers" }).click();
  const advice = page.getByRole("region", { name: "It is best to postpone your procedure" });
  await expect(advice).toContainText("a new or worse cough");
  await expect(advice.getByRole("link", { name: "Move your booking to a later date" })).toBeVisible();

  const all = await db.screeningResponse.findMany({ where: { bookingId: booking.id }, orderBy: { submittedAt: "asc" } });
  expect(all.map((r) => r.outcome)).toEqual(["CLEAR", "FLAGGED"]);
  expect(all[0]).toEqual(first[0]);
  expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("FLAGGED");
});

test("an incomplete check-in lists the problems, links them to their fields and stores nothing", async ({
  page,
  context,
  db,
  makePatient,
  signIn,
}) => {
  const patient = await makePatient();
  await signIn(context, patient);
  const booking = await makeBookingInDb(db, patient, 30);
  await page.goto(`/bookings/${booking.id}/check-in`);

  // "None of these" and a symptom cannot both stay ticked.
  const none = page.getByRole("checkbox", { name: "None of these" });
  const cough = page.getByRole("checkbox", { name: "New or worse cough" });
  await cough.check();
  await none.check();
  await expect(cough).not.toBeChecked();
  await cough.check();
  await expect(none).not.toBeChecked();
  await cough.uncheck();

  // A follow-up question appears, labelled, when the answer is yes.
  const positive = page.getByRole("group", { name: /positive COVID-19 or influenza/ });
  const testDate = page.getByRole("group", { name: "Date of the test" });
  await expect(testDate).toBeHidden();
  await positive.getByRole("radio", { name: "Yes" }).check();
  await expect(testDate).toBeVisible();

  await page.getByLabel(/what was it\?/).fill("51");
  await page.getByRole("button", { name: "Send my answers" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /Tick any symptoms you have/ })).toBeVisible();
  await expect(page.getByLabel(/what was it\?/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(/what was it\?/)).toHaveAccessibleDescription(/between 34\.0 and 43\.0/);
  await summary.getByRole("link", { name: "Enter the date of your positive test" }).click();
  // The date is three boxes; the link goes to the first, Day.
  await expect(testDate.getByLabel("Day")).toBeFocused();
  expect(await db.screeningResponse.count({ where: { bookingId: booking.id } })).toBe(0);
});

test("screening dates are Day, Month and Year boxes with the NHS.UK messages, checked before sending", async ({
  page,
  context,
  db,
  makePatient,
  signIn,
}) => {
  const patient = await makePatient();
  await signIn(context, patient);
  const booking = await makeBookingInDb(db, patient, 31);
  await page.goto(`/bookings/${booking.id}/check-in`);
  await answerScreening(page);
  await page.getByRole("group", { name: /positive COVID-19 or influenza/ }).getByRole("radio", { name: "Yes" }).check();
  const testDate = page.getByRole("group", { name: "Date of the test" });
  await expect(testDate).toHaveAccessibleDescription(/For example, 27 3 2007/);
  await testDate.getByLabel("Day").fill("31");
  await testDate.getByLabel("Month").fill("4");
  await testDate.getByLabel("Year").fill(String(new Date().getFullYear()));
  await page.getByRole("button", { name: "Send my answers" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  await summary.getByRole("link", { name: "Date of the test must be a real date" }).click();
  await expect(testDate.getByLabel("Day")).toBeFocused();
  await expect(testDate.getByLabel("Day")).toHaveValue("31");

  await testDate.getByLabel("Month").fill("");
  await page.getByRole("button", { name: "Send my answers" }).click();
  await summary.getByRole("link", { name: "Date of the test must include a month" }).click();
  await expect(testDate.getByLabel("Month")).toBeFocused();
  expect(await db.screeningResponse.count({ where: { bookingId: booking.id } })).toBe(0);
});

test("invalid answers through the API get 422 with field errors, and nothing is stored", async ({
  page,
  context,
  db,
  makePatient,
  signIn,
}) => {
  const patient = await makePatient();
  await signIn(context, patient);
  const booking = await makeBookingInDb(db, patient, 40);

  const response = await page.request.post(`/api/bookings/${booking.id}/screenings`, {
    data: { version: 1, symptoms: ["none", "cough"], temperatureC: 51, positiveTest: "maybe", closeContact: "no", recentIllness: "no" },
  });
  expect(response.status()).toBe(422);
  const body = await response.json();
  expect(body.error.code).toBe("VALIDATION_FAILED");
  expect(Object.keys(body.error.fields).sort()).toEqual(["declaration", "positiveTest", "symptoms", "temperatureC"]);
  expect(body.error.fields.symptoms).toEqual(["Choose “None of these” only if you have none of the symptoms"]);

  const malformed = await page.request.post(`/api/bookings/${booking.id}/screenings`, {
    // A Buffer is sent as it is (a string would be JSON-encoded by Playwright).
    data: Buffer.from("{ not json"),
    headers: { "content-type": "application/json" },
  });
  expect(malformed.status()).toBe(400);

  expect(await db.screeningResponse.count({ where: { bookingId: booking.id } })).toBe(0);
  expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CONFIRMED");

  // The same answers, corrected, are accepted.
  const ok = await page.request.post(`/api/bookings/${booking.id}/screenings`, {
    data: wellAnswers(),
  });
  expect(ok.status()).toBe(201);
  expect(await ok.json()).toEqual({ outcome: "CLEAR", reasons: [], earliestSuggestedDate: null });
});

test("the questionnaire definition is public", async ({ request }) => {
  const response = await request.get("/api/screening/questionnaire");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.currentVersion).toBe(1);
  expect(body.questionnaire.questions.map((q: { id: string }) => q.id)).toEqual([
    "symptoms",
    "temperatureC",
    "positiveTest",
    "closeContact",
    "recentIllness",
    "otherInfo",
    "declaration",
  ]);
});

test("the check-in works as a plain form post without JavaScript", async ({ browser, db, makePatient, signIn }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const patient = await makePatient();
  await signIn(context, patient);
  const booking = await makeBookingInDb(db, patient, 50);
  const page = await context.newPage();
  await page.goto(`/bookings/${booking.id}/check-in`);

  // Without JavaScript the follow-up questions are all shown, each labelled.
  await expect(page.getByRole("group", { name: "Date of the test" })).toBeVisible();
  await page.getByRole("checkbox", { name: "Sore throat" }).check();
  await page.getByRole("button", { name: "Send my answers" }).click();

  // The server's check: errors beside the fields, the answers kept, nothing stored.
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Sore throat" })).toBeChecked();
  expect(await db.screeningResponse.count({ where: { bookingId: booking.id } })).toBe(0);

  await answerScreening(page, { symptoms: [] });
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("region", { name: "It is best to postpone your procedure" })).toContainText("a sore throat");
  expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("FLAGGED");
  await context.close();
});
