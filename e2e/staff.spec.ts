import { randomUUID } from "node:crypto";
import { clinicDate as clinicDateOfInstant, clinicDaysAhead as clinicDate } from "./clinic-dates";
import { wellAnswers } from "../lib/screening/well-answers";
import type { APIRequestContext } from "@playwright/test";
import type { PrismaClient } from "@prisma/client";
import { claimCellsFor } from "../lib/availability/claim-cells";
import { generateReference } from "../lib/booking/reference";
import { expect, test, type TestUser } from "./fixtures";

// Staff console end to end: the queue, a review with a decision, the patient's
// side of it, and the role wall around every staff page and API.

const PROCEDURE = "ucmsc-infusion-autoimmune";

// Each test builds its data through the slots API and a production server
// shared with other suites; allow for a busy machine.
test.describe.configure({ timeout: 90_000 });

const CLEAR_ANSWERS = wellAnswers();

type Flagged = { id: string; reference: string; startsAt: string; slug: string };


/**
 * A flagged booking on a free slot, written straight to the database the way
 * booking + screening would leave it: booking, slot claims, a clear
 * booking-time response and a flagged check-in with reasons.
 */
async function makeFlaggedBooking(
  db: PrismaClient,
  request: APIRequestContext,
  patient: TestUser,
  // Days ahead to look in. Tests that free a time or block a whole day use
  // windows of their own, so parallel tests cannot take or block their slot.
  [fromDays, toDays]: [number, number] = [14, 20],
): Promise<Flagged> {
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { slug: PROCEDURE },
    select: { id: true, durationMinutes: true, bufferMinutes: true, practitioners: { select: { practitionerId: true } } },
  });
  const from = clinicDate(fromDays);
  const to = clinicDate(toDays);
  const response = await request.get(`/api/procedures/${PROCEDURE}/slots?from=${from}&to=${to}`);
  expect(response.ok()).toBe(true);
  const { slots } = (await response.json()) as { slots: { startsAt: string; practitioners: { id: string }[] }[] };
  // Parallel tests share the database: start at a random slot and move on if the database refuses the claim.
  const offset = Math.floor(Math.random() * slots.length);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[(offset + i) % slots.length]!;
    const startsAt = new Date(slot.startsAt);
    const endsAt = new Date(startsAt.getTime() + procedure.durationMinutes * 60_000);
    const blockedUntil = new Date(endsAt.getTime() + procedure.bufferMinutes * 60_000);
    const practitionerId = slot.practitioners[0]!.id;
    try {
      const booking = await db.$transaction(async (tx) => {
        const created = await tx.booking.create({
          data: {
            reference: generateReference(),
            patientId: patient.id,
            procedureId: procedure.id,
            practitionerId,
            startsAt,
            endsAt,
            blockedUntil,
            status: "FLAGGED",
          },
          select: { id: true, reference: true },
        });
        await tx.slotClaim.createMany({
          data: claimCellsFor({ startsAt, endsAt: blockedUntil }).map((cellStart) => ({ practitionerId, cellStart, bookingId: created.id })),
        });
        const now = Date.now();
        await tx.screeningResponse.create({
          data: {
            bookingId: created.id,
            kind: "BOOKING",
            questionnaireVersion: 1,
            answers: JSON.stringify(CLEAR_ANSWERS),
            outcome: "CLEAR",
            reasons: "[]",
            submittedById: patient.id,
            submittedAt: new Date(now - 3 * 86_400_000),
          },
        });
        await tx.screeningResponse.create({
          data: {
            bookingId: created.id,
            kind: "PRE_PROCEDURE",
            questionnaireVersion: 1,
            answers: JSON.stringify({ ...CLEAR_ANSWERS, symptoms: ["cough", "sore_throat"] }),
            outcome: "FLAGGED",
            reasons: JSON.stringify([{ code: "SYMPTOMS", message: "You told us you have a cough and a sore throat." }]),
            earliestSuggestedDate: clinicDate(50),
            submittedById: patient.id,
            submittedAt: new Date(now - 2 * 3_600_000),
          },
        });
        return created;
      });
      return { ...booking, startsAt: slot.startsAt, slug: PROCEDURE };
    } catch {
      continue;
    }
  }
  throw new Error("No free slot left for a test booking");
}

test("staff find a flagged booking in the queue and postpone it: the slot frees and the patient is invited to rebook", { tag: "@postgres" }, async ({
  page,
  context,
  db,
  request,
  makePatient,
  makeStaff,
  signIn,
}) => {
  const name = `Queue Patient ${randomUUID().slice(0, 8)}`;
  const patient = await makePatient(name);
  const booking = await makeFlaggedBooking(db, request, patient, [60, 74]);
  await signIn(context, await makeStaff());

  await page.goto("/staff");
  await expect(page.getByRole("heading", { name: "Flagged bookings" })).toBeVisible();
  await page.getByLabel("Reference or patient name").fill(name);
  await page.getByRole("button", { name: "Apply filters" }).click();
  const row = page.getByRole("row").filter({ hasText: booking.reference });
  await expect(row).toContainText(name);
  await expect(row).toContainText("Symptoms");
  await expect(row).toContainText(/h|min/);

  await row.getByRole("link", { name: booking.reference }).click();
  await expect(page.getByRole("heading", { name: `Review ${booking.reference}: ${name}` })).toBeVisible();
  // Booking-time and check-in answers side by side, with the change marked.
  const symptoms = page.getByRole("row", { name: /symptoms now/i });
  await expect(symptoms).toContainText("None of these");
  await expect(symptoms).toContainText("New or worse cough");
  await expect(symptoms).toContainText("changed");
  await expect(page.getByText("Earliest suggested date:")).toBeVisible();
  // Why it was flagged: the short label, with what the patient was told beneath it once.
  const why = page.getByRole("region", { name: "Why it was flagged" });
  await expect(why.getByText("Symptoms", { exact: true })).toBeVisible();
  await expect(why.getByText(/You told us you have a cough and a sore throat\./)).toHaveCount(1);

  await page.getByRole("radio", { name: /^Postpone/ }).check();
  await page.getByLabel("Note for the record").fill("Respiratory symptoms at check-in; rebook when well.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status")).toContainText("the booking is postponed");
  await expect(page.getByTestId("booking-status")).toHaveText("postponed");

  // The viewing was audited.
  expect(await db.auditEvent.count({ where: { action: "screening.viewed", entityId: booking.id } })).toBeGreaterThan(0);

  // The invitation is in the dev mailbox, linking to the suggested week.
  await page.goto("/dev/mailbox");
  await page
    .getByRole("link", { name: /^Booking postponed, please book a new time/ })
    .filter({ hasText: `(${booking.reference}) — to ${patient.email}` })
    .click();
  await expect(page.getByText(`/procedures/${booking.slug}?week=${clinicDate(50)}`)).toBeVisible();

  // And the time is free again for other patients: the claims are gone…
  expect(await db.slotClaim.count({ where: { bookingId: booking.id } })).toBe(0);
  // …and the slot picker offers it.
  const date = clinicDateOfInstant(booking.startsAt);
  const slots = await request.get(`/api/procedures/${booking.slug}/slots?from=${date}&to=${date}`);
  const body = (await slots.json()) as { slots: { startsAt: string }[] };
  expect(body.slots.map((s) => s.startsAt)).toContain(booking.startsAt);
});

test("clearing to proceed needs a note, then the patient sees the booking confirmed", { tag: "@postgres" }, async ({
  page,
  browser,
  context,
  db,
  request,
  makePatient,
  makeStaff,
  signIn,
}) => {
  const patient = await makePatient(`Clear Patient ${randomUUID().slice(0, 8)}`);
  const booking = await makeFlaggedBooking(db, request, patient);
  await signIn(context, await makeStaff());

  await page.goto(`/staff/bookings/${booking.id}`);
  await page.getByRole("radio", { name: /^Clear to proceed/ }).check();
  await page.getByRole("button", { name: "Record decision" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Review booking/);
  await expect(page.getByLabel("Note for the record")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Note for the record")).toHaveAccessibleDescription(/Write a note saying why this booking can go ahead/);
  await summary.getByRole("link", { name: "Write a note saying why this booking can go ahead" }).click();
  await expect(page.getByLabel("Note for the record")).toBeFocused();

  await page.getByLabel("Note for the record").fill("Hay fever, not an infection: GP letter seen.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status")).toContainText("cleared to proceed");
  await expect(page).not.toHaveTitle(/^Error: /);

  const patientContext = await browser.newContext();
  try {
    await signIn(patientContext, patient);
    const patientPage = await patientContext.newPage();
    await patientPage.goto(`/bookings/${booking.id}`);
    await expect(patientPage.getByText(booking.reference).first()).toBeVisible();
    await expect(patientPage.getByText(/^confirmed$/i).first()).toBeVisible();
  } finally {
    await patientContext.close();
  }
});

test("a second reviewer on a stale page is told who decided first", { tag: "@postgres" }, async ({ page, context, db, request, makePatient, makeStaff, signIn }) => {
  const booking = await makeFlaggedBooking(db, request, await makePatient(`Race Patient ${randomUUID().slice(0, 8)}`));
  await signIn(context, await makeStaff());
  await page.goto(`/staff/bookings/${booking.id}`);

  // A colleague decides through the API while this page is open.
  const colleague = await makeStaff();
  await db.user.update({ where: { id: colleague.id }, data: { name: "Sam Patel" } });
  const { version } = await db.booking.findUniqueOrThrow({ where: { id: booking.id }, select: { version: true } });
  const { createDatabaseSession, SESSION_COOKIE } = await import("../lib/auth/database-session");
  const { sessionToken } = await createDatabaseSession(db, colleague.id, "STAFF");
  const decided = await request.post(`/api/staff/bookings/${booking.id}/decision`, {
    headers: { Cookie: `${SESSION_COOKIE}=${sessionToken}` },
    data: { decision: "CANCEL", note: "", expectedVersion: version },
  });
  expect(decided.status()).toBe(200);

  await page.getByRole("radio", { name: /^Postpone/ }).check();
  await page.getByRole("button", { name: "Record decision" }).click();
  // (Next.js's route announcer is an empty alert too: pick ours by its words.)
  await expect(page.getByRole("alert").filter({ hasText: "Sam Patel already cancelled this booking at" })).toBeVisible();
  expect(await db.review.count({ where: { bookingId: booking.id } })).toBe(1);
});

test("staff block time off and see the bookings inside it", { tag: "@postgres" }, async ({ page, context, db, request, makePatient, makeStaff, signIn }) => {
  const booking = await makeFlaggedBooking(db, request, await makePatient(`TimeOff Patient ${randomUUID().slice(0, 8)}`), [30, 44]);
  await signIn(context, await makeStaff());
  const { practitioner, startsAt, endsAt } = await db.booking.findUniqueOrThrow({
    where: { id: booking.id },
    select: { startsAt: true, endsAt: true, practitioner: { select: { name: true } } },
  });
  const date = clinicDateOfInstant(startsAt);
  // Block just the booking's own time, so no other test's free slot disappears.
  const clock = (d: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: "Pacific/Auckland", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);

  await page.goto("/staff/time-off");
  await page.getByLabel("Practitioner", { exact: true }).selectOption({ label: practitioner.name });
  // A failed submit keeps the choice and gives each field one message.
  await page.getByRole("button", { name: "Block this time" }).click();
  await expect(page.getByLabel("Start date")).toHaveAccessibleDescription("Error: Enter the start date");
  await expect(page.getByLabel("Practitioner", { exact: true }).locator("option:checked")).toHaveText(practitioner.name);
  await page.getByLabel("Start date").fill(date);
  await page.getByLabel("Start time (clinic time)").fill(clock(startsAt));
  await page.getByLabel("End date").fill(date);
  await page.getByLabel("End time (clinic time)").fill(clock(endsAt));
  await page.getByLabel("Reason").fill("Conference");
  await page.getByRole("button", { name: "Block this time" }).click();
  await expect(page.getByRole("status")).toContainText("Time off saved");
  await expect(page.getByRole("link", { name: booking.reference }).first()).toBeVisible();

  // The day list marks the booking for follow-up too.
  await page.goto(`/staff/day?date=${date}`);
  await expect(page.getByRole("row").filter({ hasText: booking.reference })).toContainText("Inside time off");
});

test("on a 390 px phone the staff tables scroll inside their own region, not the page", async ({
  page,
  context,
  db,
  request,
  makePatient,
  makeStaff,
  signIn,
}) => {
  const booking = await makeFlaggedBooking(db, request, await makePatient(`Phone Patient ${randomUUID().slice(0, 8)}`));
  const { practitionerId, startsAt, endsAt } = await db.booking.findUniqueOrThrow({
    where: { id: booking.id },
    select: { practitionerId: true, startsAt: true, endsAt: true },
  });
  const block = await db.timeOff.create({ data: { practitionerId, startsAt, endsAt, reason: "Phone layout check" }, select: { id: true } });
  await db.auditEvent.create({ data: { action: "time-off.created", entityType: "TimeOff", entityId: block.id } });
  await signIn(context, await makeStaff("ADMIN"));
  await page.setViewportSize({ width: 390, height: 844 });
  const date = clinicDateOfInstant(booking.startsAt);

  const pages: [string, RegExp | null][] = [
    ["/staff", /^Bookings table$/],
    [`/staff/day?date=${date}`, /^Bookings with /],
    ["/staff/audit", /^Audit events table$/],
    ["/staff/time-off", null], // a list, not a table: it wraps
  ];
  for (const [path, region] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // A focusable, named region, so keyboard users can scroll the table too.
    if (region) await expect(page.getByRole("region", { name: region }).first()).toHaveAttribute("tabindex", "0");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test("an unreadable or too-high page number in the queue is explained, not an error", async ({
  page,
  context,
  db,
  request,
  makePatient,
  makeStaff,
  signIn,
}) => {
  const name = `Paging Patient ${randomUUID().slice(0, 8)}`;
  await makeFlaggedBooking(db, request, await makePatient(name));
  await signIn(context, await makeStaff());
  for (const bad of ["-1", "abc"]) {
    await page.goto(`/staff?page=${bad}`);
    await expect(page.getByRole("heading", { name: "Flagged bookings" })).toBeVisible();
    await expect(page.getByText("Some filters need correcting")).toHaveCount(0);
  }
  // One booking matches; a page far past the end says so and links back.
  const q = new URLSearchParams({ q: name }).toString();
  await page.goto(`/staff?${q}&page=99999`);
  await expect(page.getByRole("heading", { name: "1 booking" })).toBeVisible();
  await expect(page.getByText("No bookings on this page.")).toBeVisible();
  await expect(page.getByText("No bookings match these filters.")).toHaveCount(0);
  await page.getByRole("link", { name: "Go to page 1" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toBeVisible();
});

test("the audit trail shows the role in its own column, not after the name", async ({ page, context, db, makeStaff, signIn }) => {
  const nurse = await makeStaff();
  const name = `Sam Patel (nurse) ${randomUUID().slice(0, 8)}`;
  await db.user.update({ where: { id: nurse.id }, data: { name } });
  await db.auditEvent.create({ data: { actorId: nurse.id, action: "time-off.created", entityType: "TimeOff", entityId: `t-${randomUUID()}` } });
  await signIn(context, await makeStaff("ADMIN"));

  await page.goto(`/staff/audit?person=${encodeURIComponent(name)}`);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row.getByRole("cell").nth(1)).toHaveText(name);
  await expect(row.getByRole("cell").nth(2)).toHaveText("staff");
});

test("a patient is refused every staff page and API; anonymous callers must sign in", async ({
  page,
  browser,
  context,
  request,
  makePatient,
  makeStaff,
  signIn,
  db,
}) => {
  const patient = await makePatient();
  await signIn(context, patient);
  const someBooking = await db.booking.findFirst({ select: { id: true } });
  const id = someBooking?.id ?? "no-such-booking";

  for (const path of ["/staff", "/staff/day", "/staff/time-off", "/staff/audit", `/staff/bookings/${id}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await expect(page.getByRole("link", { name: "Back to procedures" })).toBeVisible();

  const calls: [string, string][] = [
    ["GET", "/api/staff/queue"],
    ["GET", "/api/staff/queue?format=csv"],
    ["GET", "/api/staff/queue.csv"],
    ["GET", `/api/staff/bookings/${id}`],
    ["POST", `/api/staff/bookings/${id}/decision`],
    ["GET", "/api/staff/day"],
    ["GET", "/api/staff/time-off"],
    ["POST", "/api/staff/time-off"],
    ["GET", "/api/staff/audit"],
  ];
  for (const [method, path] of calls) {
    const asPatient = await page.request.fetch(path, { method, data: method === "POST" ? {} : undefined });
    expect(asPatient.status(), `${method} ${path} as a patient`).toBe(403);
    const anonymous = await request.fetch(path, { method, data: method === "POST" ? {} : undefined });
    expect(anonymous.status(), `${method} ${path} anonymous`).toBe(401);
  }

  // Staff who are not admins see the console but not the audit trail.
  const staffContext = await browser.newContext();
  try {
    await signIn(staffContext, await makeStaff("STAFF"));
    const staffPage = await staffContext.newPage();
    expect((await staffPage.goto("/staff/audit"))?.status()).toBe(403);
    await expect(staffPage.getByRole("link", { name: "Go to the staff console" })).toBeVisible();
    expect((await staffPage.request.get("/api/staff/audit")).status()).toBe(403);
    expect((await staffPage.request.get("/api/staff/queue")).status()).toBe(200);
  } finally {
    await staffContext.close();
  }
});
