import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import type { PrismaClient } from "@prisma/client";
import { claimCellsFor } from "../lib/availability/claim-cells";
import { generateReference } from "../lib/booking/reference";
import { wellAnswers } from "../lib/screening/well-answers";
import { clinicDaysAhead } from "./clinic-dates";
import { expect, test, type TestUser } from "./fixtures";
import { showNextWeek } from "./slot-picker";

// Staff tools: booking for a patient by phone, the audit trail as a record,
// one "viewed" event per review, and one email when a booking is postponed.

// Long flows through several pages, each checked by axe; allow for a busy machine.
test.describe.configure({ timeout: 240_000 });

const SCREENED = { slug: "joint-injection", name: "Image-guided joint injection" };

/** The questionnaire as a patient answers it on the phone: well, or with the given symptom. */
async function recordAnswers(page: Page, symptom = "None of these") {
  await page.getByRole("checkbox", { name: symptom, exact: true }).check();
  for (const question of [/positive COVID-19 or influenza/, /close or household contact/, /got better in the last 7 weeks/]) {
    await page.getByRole("group", { name: question }).getByRole("radio", { name: "No", exact: true }).check();
  }
  await page.getByRole("checkbox", { name: /I confirm that my answers are true/ }).check();
}

/** A flagged booking straight in the database (booking, claims, flagged answers), on a free slot far ahead. */
async function flaggedBooking(db: PrismaClient, patient: TestUser, request: import("@playwright/test").APIRequestContext) {
  const procedure = await db.procedure.findUniqueOrThrow({ where: { slug: SCREENED.slug }, select: { id: true, durationMinutes: true, bufferMinutes: true } });
  const response = await request.get(`/api/procedures/${SCREENED.slug}/slots?from=${clinicDaysAhead(40)}&to=${clinicDaysAhead(54)}`);
  const { slots } = (await response.json()) as { slots: { startsAt: string; practitioners: { id: string }[] }[] };
  const offset = Math.floor(Math.random() * slots.length);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[(offset + i) % slots.length]!;
    const startsAt = new Date(slot.startsAt);
    const endsAt = new Date(startsAt.getTime() + procedure.durationMinutes * 60_000);
    const blockedUntil = new Date(endsAt.getTime() + procedure.bufferMinutes * 60_000);
    const practitionerId = slot.practitioners[0]!.id;
    try {
      return await db.$transaction(async (tx) => {
        const booking = await tx.booking.create({
          data: { reference: generateReference(), patientId: patient.id, procedureId: procedure.id, practitionerId, startsAt, endsAt, blockedUntil, status: "FLAGGED" },
          select: { id: true, reference: true },
        });
        await tx.slotClaim.createMany({
          data: claimCellsFor({ startsAt, endsAt: blockedUntil }).map((cellStart) => ({ practitionerId, cellStart, bookingId: booking.id })),
        });
        await tx.screeningResponse.create({
          data: {
            bookingId: booking.id,
            kind: "BOOKING",
            questionnaireVersion: 1,
            answers: JSON.stringify({ ...wellAnswers(), symptoms: ["cough"] }),
            outcome: "FLAGGED",
            reasons: JSON.stringify([{ code: "SYMPTOMS", message: "You told us you have a cough." }]),
            submittedById: patient.id,
          },
        });
        return booking;
      });
    } catch {
      continue;
    }
  }
  throw new Error("No free slot left for a test booking");
}

test("staff add a new patient on the phone and book for them with their screening answers; both see who booked it, and the patient is emailed", { tag: "@postgres" }, async ({
  page,
  context,
  browser,
  db,
  makeStaff,
  signIn,
}) => {
  const staff = await makeStaff();
  await signIn(context, staff);
  const name = `Phone Patient ${randomUUID().slice(0, 8)}`;
  const email = `phone-${randomUUID()}@example.test`;

  await page.goto("/staff");
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Book for a patient" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Book for a patient" })).toBeVisible();
  await page.getByLabel("Name, date of birth, NHI, phone or email").fill(name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(`No patients match “${name}”`)).toBeVisible();

  // A mistake first: the summary takes focus and links to the field.
  await page.getByLabel("Full legal name").fill(name);
  const dateOfBirth = page.getByRole("group", { name: "Date of birth" });
  await dateOfBirth.getByLabel("Day").fill("2");
  await dateOfBirth.getByLabel("Month").fill("3");
  await dateOfBirth.getByLabel("Year").fill("1975");
  await page.getByLabel("Phone number").fill("12");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Add patient and continue" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: /phone number like 021 555 0100/ }).click();
  await expect(page.getByLabel("Phone number")).toBeFocused();
  await expect(page.getByLabel("Full legal name")).toHaveValue(name);
  await page.getByLabel("Phone number").fill("021 555 0199");
  await page.getByRole("button", { name: "Add patient and continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Book for ${name}` })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(`${name} has been added`);
  await page.getByLabel("Procedure").selectOption(SCREENED.slug);
  await page.getByRole("button", { name: "Show free times" }).click();
  await expect(page.getByRole("heading", { name: `Free times for ${SCREENED.name}` })).toBeVisible();
  // Next week's times: far enough ahead, and a random one so parallel runs do not meet.
  await showNextWeek(page);
  const times = page.getByRole("link", { name: /\d{1,2}:\d{2} [ap]m, / });
  await expect(times.first()).toBeVisible();
  await times.nth(Math.floor(Math.random() * (await times.count()))).click();

  await expect(page.getByText("Ask the patient each question below")).toBeVisible();
  await recordAnswers(page);
  await page.getByRole("button", { name: `Book for ${name}` }).click();

  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Review CB-[0-9A-Z]{5}: ${name}$`) })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(`The confirmation email is on its way to ${email}`);
  await expect(page.getByText(`Booked by phone with ${staff.name}.`)).toBeVisible();
  await expect(page.getByTestId("booking-status")).toHaveText("confirmed");

  const booking = await db.booking.findFirstOrThrow({
    where: { patient: { email } },
    select: { id: true, reference: true, bookedById: true, status: true, screenings: { select: { submittedById: true } } },
  });
  expect(booking).toMatchObject({ bookedById: staff.id, status: "CONFIRMED", screenings: [{ submittedById: staff.id }] });
  const emails = await db.outboxEmail.findMany({ where: { bookingId: booking.id }, select: { to: true, kind: true, text: true } });
  expect(emails).toEqual([expect.objectContaining({ to: email, kind: "booking-confirmed" })]);
  expect(emails[0]!.text).toContain(`Booked by phone with ${staff.name}`);
  const created = await db.auditEvent.findFirstOrThrow({ where: { entityId: booking.id, action: "booking.created" }, select: { actorId: true, details: true } });
  expect(created.actorId).toBe(staff.id);
  expect(JSON.parse(created.details)).toMatchObject({ channel: "phone" });

  // The patient's own account: the booking says who made it.
  const patient = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
  expect(patient.role).toBe("PATIENT");
  const patientContext = await browser.newContext();
  await signIn(patientContext, { id: patient.id, email, name, role: "PATIENT" });
  const patientPage = await patientContext.newPage();
  await patientPage.goto(`/bookings/${booking.id}`);
  await expect(patientPage.getByText(`Booked by phone with ${staff.name}.`)).toBeVisible();
  await patientContext.close();
});

test("staff find an existing patient by date of birth and the same screening rules flag the booking; patients cannot use the staff booking pages", { tag: "@postgres" }, async ({
  page,
  context,
  browser,
  db,
  makePatient,
  makeStaff,
  signIn,
}) => {
  const patient = await makePatient(`Found Patient ${randomUUID().slice(0, 8)}`);
  const staff = await makeStaff();
  await signIn(context, staff);
  await page.goto("/staff/book");
  // makePatient's date of birth, as staff type it from the phone.
  await page.getByLabel("Name, date of birth, NHI, phone or email").fill("17/05/1980");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toContainText(/patients? match/);
  await page.getByRole("link", { name: `Book for ${patient.name}` }).click();
  await page.getByLabel("Procedure").selectOption(SCREENED.slug);
  await page.getByRole("button", { name: "Show free times" }).click();
  await showNextWeek(page);
  await showNextWeek(page);
  const times = page.getByRole("link", { name: /\d{1,2}:\d{2} [ap]m, / });
  await expect(times.first()).toBeVisible();
  await times.nth(Math.floor(Math.random() * (await times.count()))).click();
  await recordAnswers(page, "New or worse cough");
  await page.getByRole("button", { name: `Book for ${patient.name}` }).click();
  await expect(page.getByTestId("booking-status")).toHaveText("awaiting review");
  await expect(page.getByRole("status")).toContainText("awaiting review because of the screening answers");

  const patientContext = await browser.newContext();
  await signIn(patientContext, patient);
  const patientPage = await patientContext.newPage();
  for (const path of ["/staff/book", `/staff/book/${patient.id}`]) {
    const response = await patientPage.goto(path);
    expect(response?.status()).toBe(403);
  }
  await patientContext.close();
});

test("a decision records one view of the health answers, postponing sends one email, and the audit trail reads it back in words", { tag: "@postgres" }, async ({
  page,
  context,
  browser,
  db,
  request,
  makePatient,
  makeStaff,
  signIn,
}) => {
  const patient = await makePatient(`Audit Patient ${randomUUID().slice(0, 8)}`);
  const booking = await flaggedBooking(db, patient, request);
  const staff = await makeStaff();
  await signIn(context, staff);

  await page.goto(`/staff/bookings/${booking.id}`);
  await page.getByRole("radio", { name: /^Postpone/ }).check();
  await page.getByLabel("Note for the record").fill("Cough on the phone; rebook when well.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByRole("status")).toContainText("the booking is postponed");
  await expect(page.getByTestId("booking-status")).toHaveText("postponed");

  expect(await db.auditEvent.count({ where: { action: "screening.viewed", entityId: booking.id } })).toBe(1);
  const emails = await db.outboxEmail.findMany({ where: { bookingId: booking.id }, select: { kind: true, text: true, icsContent: true } });
  expect(emails).toHaveLength(1);
  expect(emails[0]!.kind).toBe("rebook-invitation");
  expect(emails[0]!.text.match(/book a new time/gi)).toHaveLength(1);
  expect(emails[0]!.icsContent).toContain("STATUS:CANCELLED");

  const adminContext = await browser.newContext();
  await signIn(adminContext, await makeStaff("ADMIN"));
  const admin = await adminContext.newPage();
  await admin.goto("/staff/audit");
  await admin.getByLabel("Record").fill(booking.reference);
  await admin.getByRole("button", { name: "Apply filters" }).click();
  const table = admin.getByRole("table", { name: "Audit events, newest first" });
  const viewed = table.getByRole("row").filter({ hasText: "Viewed health answers" });
  await expect(viewed).toHaveCount(1);
  await expect(viewed).toContainText(`Booking ${booking.reference}`);
  await expect(viewed).toContainText(patient.name);
  await expect(viewed).toContainText(staff.name);
  const decided = table.getByRole("row").filter({ hasText: "Postponed after review" });
  await expect(decided).toHaveCount(1);
  // No stored codes, ids or JSON keys in the table until details are asked for.
  for (const raw of ["screening.viewed", "booking.reviewed", booking.id, "reviewId", "{"]) {
    await expect(table).not.toContainText(raw, { useInnerText: true });
  }
  await decided.getByText("Details").click();
  await expect(decided.getByRole("definition").first()).toBeVisible();
  await expect(decided).toContainText("Decision");
  await adminContext.close();
});
