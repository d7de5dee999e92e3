import { randomUUID } from "node:crypto";
import { clinicDaysAhead as clinicDate } from "./clinic-dates";
import { request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";
import { createDatabaseSession, SESSION_COOKIE } from "../lib/auth/database-session";
import { generateReference } from "../lib/booking/reference";
import { expect, test } from "./fixtures";

// A procedure with no health screening, so these tests follow the booking flow
// itself whatever the screening step adds for other procedures.
const SLUG = "follow-up-review";


/** Any number in [min, max], so parallel tests (and repeated runs) rarely want the same time. */
const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

type ApiSlot = { startsAt: string; practitioners: { id: string; name: string }[] };

/** Free slots of SLUG over 14 clinic days starting `fromDay` days ahead. */
async function freeSlots(request: APIRequestContext, fromDay: number): Promise<ApiSlot[]> {
  const res = await request.get(`/api/procedures/${SLUG}/slots?from=${clinicDate(fromDay)}&to=${clinicDate(fromDay + 13)}`);
  expect(res.status()).toBe(200);
  const { slots } = (await res.json()) as { slots: ApiSlot[] };
  expect(slots.length).toBeGreaterThan(5);
  return slots;
}

const pickOne = <T,>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!;

/** Clicks a random free time in the visible slot picker whose link matches `hrefPart`; returns its start. */
async function clickRandomSlot(page: Page, hrefPart: string, avoid?: string): Promise<string> {
  const picker = page.getByRole("region", { name: /^Free times/ });
  const links = picker.locator(`a[href*="${hrefPart}"]`);
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  const startOf = (href: string) => decodeURIComponent(new URL(href, "http://x").searchParams.get("start")!);
  const choices = hrefs.filter((h) => startOf(h) !== avoid);
  const href = pickOne(choices);
  const link = picker.locator(`a[href="${href}"]`);
  const label = await link.getAttribute("aria-label");
  await picker.getByRole("link", { name: label!, exact: true }).click();
  return startOf(href);
}

test("a patient books, sees it under My bookings, reschedules and cancels", { tag: "@postgres" }, async ({ page, context, makePatient, signIn, db }) => {
  // The whole journey, about twenty pages with axe checks: more than one step's worth of time.
  test.setTimeout(120_000);
  const patient = await makePatient("Booking Journey");
  await signIn(context, patient);

  // Book: pick a time on the procedure page.
  await page.goto(`/procedures/${SLUG}?week=${clinicDate(between(7, 40))}`);
  const start = await clickRandomSlot(page, "/book?start=");
  await expect(page.getByRole("heading", { name: "Confirm your booking" })).toBeVisible();
  await expect(page.getByText(/New Zealand time \(NZ[DS]T\)/).first()).toBeVisible();
  await expect(page.getByText("Follow-up review", { exact: false }).first()).toBeVisible();
  const confirmUrl = page.url();
  await page.getByRole("button", { name: "Confirm booking" }).click();

  await expect(page).toHaveURL(/\/bookings\/[^/?]+\?booked=1$/);
  await expect(page.getByRole("status")).toContainText("Your booking is confirmed");
  const bookingUrl = new URL(page.url());
  const bookingId = bookingUrl.pathname.split("/").pop()!;
  const booking = await db.booking.findUniqueOrThrow({ where: { id: bookingId } });
  expect(booking.patientId).toBe(patient.id);
  expect(booking.startsAt.toISOString()).toBe(start);
  await expect(page.getByText(booking.reference).first()).toBeVisible();

  // Coming back to the confirm step for the same time says they already booked it, not that it was "just taken".
  await page.goto(confirmUrl);
  await expect(page.getByText(`You already have a booking at that time (${booking.reference}, Follow-up review at`)).toBeVisible();
  await page.goto(bookingUrl.pathname);

  // The confirmation email, with its calendar file, is in the outbox.
  const confirmation = await db.outboxEmail.findFirstOrThrow({ where: { bookingId, kind: "booking-confirmed" } });
  expect(confirmation.to).toBe(patient.email);
  expect(confirmation.icsContent).toContain(`DTSTART:${start.replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z")}`);

  // My bookings lists it as upcoming.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My bookings" }).click();
  const upcoming = page.getByRole("region", { name: "Upcoming" });
  await expect(upcoming.getByRole("link", { name: new RegExp(booking.reference) })).toBeVisible();
  await expect(upcoming).toContainText("Confirmed");
  await upcoming.getByRole("link", { name: new RegExp(booking.reference) }).click();

  // Reschedule to another free time.
  await page.getByRole("link", { name: "Reschedule" }).click();
  await expect(page.getByRole("heading", { name: "Move your booking" })).toBeVisible();
  const newStart = await clickRandomSlot(page, "/reschedule?start=", start);
  // A random time: when the same practitioner is busy then, the page asks who instead (never changes them silently).
  const sameOrAsk = page.getByText("You will see the same practitioner").or(page.getByRole("group", { name: "Who would you like to see?" }));
  await expect(sameOrAsk).toBeVisible();
  const choice = page.getByRole("group", { name: "Who would you like to see?" });
  if (await choice.isVisible()) await choice.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Confirm new time" }).click();
  await expect(page.getByRole("status")).toContainText("Your booking has been moved");
  await expect(page.getByRole("region", { name: "History" })).toContainText("Moved by you");
  const moved = await db.booking.findUniqueOrThrow({ where: { id: bookingId }, include: { claims: true } });
  expect(moved.startsAt.toISOString()).toBe(newStart);
  expect(moved.claims.map((c) => c.cellStart.toISOString()).sort()[0]).toBe(newStart);

  // Cancel, with a confirm step.
  await page.getByRole("link", { name: "Cancel booking" }).click();
  await expect(page.getByRole("heading", { name: "Cancel your booking?" })).toBeVisible();
  await page.getByRole("button", { name: "Yes, cancel booking" }).click();
  await expect(page.getByRole("status")).toContainText("Your booking has been cancelled");
  await expect(page.getByRole("link", { name: "Cancel booking" })).toHaveCount(0);
  const cancelled = await db.booking.findUniqueOrThrow({ where: { id: bookingId }, include: { claims: true } });
  expect(cancelled.status).toBe("CANCELLED");
  expect(cancelled.claims).toEqual([]);
  const kinds = (await db.outboxEmail.findMany({ where: { bookingId }, orderBy: { createdAt: "asc" } })).map((e) => e.kind);
  expect(kinds).toEqual(["booking-confirmed", "booking-rescheduled", "booking-cancelled"]);

  // My bookings no longer lists it as upcoming.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My bookings" }).click();
  await expect(page.getByRole("region", { name: "Cancelled or postponed" }).getByRole("link", { name: new RegExp(booking.reference) })).toBeVisible();
  await expect(page.getByRole("region", { name: "Upcoming" }).getByRole("link", { name: new RegExp(booking.reference) })).toHaveCount(0);
});

test("another patient cannot see a booking: the page is not found and the API answers 404", { tag: "@postgres" }, async ({ browser, makePatient, signIn }) => {
  const owner = await makePatient("Owner");
  const ownerContext = await browser.newContext();
  await signIn(ownerContext, owner);
  const slot = pickOne(await freeSlots(ownerContext.request, between(30, 60)));
  const created = await ownerContext.request.post("/api/bookings", { data: { procedureSlug: SLUG, startsAt: slot.startsAt } });
  expect(created.status()).toBe(201);
  const { booking } = await created.json();

  const otherContext = await browser.newContext();
  await signIn(otherContext, await makePatient("Someone Else"));
  const page = await otherContext.newPage();
  await page.goto(`/bookings/${booking.id}`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText(booking.reference)).toHaveCount(0);

  const res = await otherContext.request.get(`/api/bookings/${booking.id}`);
  expect(res.status()).toBe(404);
  expect((await res.json()).error.code).toBe("NOT_FOUND");
  expect((await otherContext.request.post(`/api/bookings/${booking.id}/cancel`)).status()).toBe(404);

  // The owner still sees it.
  expect((await ownerContext.request.get(`/api/bookings/${booking.id}`)).status()).toBe(200);
  await ownerContext.close();
  await otherContext.close();
});

test("20 patients posting for the same time at once: exactly one 201 and nineteen 409s", { tag: "@postgres" }, async ({ db, makePatient, baseURL, request }) => {
  const slot = pickOne(await freeSlots(request, between(61, 85)));
  const practitionerId = slot.practitioners[0]!.id;
  const patients = await Promise.all(Array.from({ length: 20 }, (_, i) => makePatient(`Racer ${i}`)));
  const clients = await Promise.all(
    patients.map(async (p) => {
      const { sessionToken } = await createDatabaseSession(db, p.id, "PATIENT");
      return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${sessionToken}` } });
    }),
  );

  const answers = await Promise.all(
    clients.map((c) => c.post("/api/bookings", { data: { procedureSlug: SLUG, startsAt: slot.startsAt, practitionerId } })),
  );
  const statuses = answers.map((a) => a.status()).sort();
  expect(statuses).toEqual([201, ...Array(19).fill(409)]);
  for (const a of answers.filter((x) => x.status() === 409)) {
    expect(await a.json()).toEqual({ error: { code: "SLOT_TAKEN", message: "That time was just taken. Please choose another." } });
  }
  const made = await db.booking.count({
    where: { patientId: { in: patients.map((p) => p.id) }, practitionerId, startsAt: new Date(slot.startsAt) },
  });
  expect(made).toBe(1);
  await Promise.all(clients.map((c) => c.dispose()));
});

test("bad booking requests get a 4xx with a clear message and write nothing", { tag: "@postgres" }, async ({ context, makePatient, signIn, db }) => {
  const patient = await makePatient("Careless Client");
  await signIn(context, patient);
  const api = context.request;
  const [slot] = await freeSlots(api, between(20, 30));
  const notOffered = new Date(Date.parse(slot!.startsAt) + 7 * 60_000).toISOString();

  const cases: { name: string; send: () => Promise<import("@playwright/test").APIResponse>; status: number; code: string; message: RegExp }[] = [
    {
      name: "past time",
      send: () => api.post("/api/bookings", { data: { procedureSlug: SLUG, startsAt: "2024-03-04T21:00:00.000Z" } }),
      status: 422,
      code: "SLOT_NOT_AVAILABLE",
      message: /already passed/,
    },
    {
      name: "time not offered",
      send: () => api.post("/api/bookings", { data: { procedureSlug: SLUG, startsAt: notOffered } }),
      status: 422,
      code: "SLOT_NOT_AVAILABLE",
      message: /not available to book/,
    },
    {
      name: "unknown procedure",
      send: () => api.post("/api/bookings", { data: { procedureSlug: `no-such-${randomUUID()}`, startsAt: slot!.startsAt } }),
      status: 404,
      code: "NOT_FOUND",
      message: /no procedure with that name/,
    },
    {
      name: "malformed JSON",
      send: () => api.post("/api/bookings", { headers: { "content-type": "application/json" }, data: Buffer.from('{"procedureSlug": "follow') }),
      status: 400,
      code: "INVALID_JSON",
      message: /not valid JSON/,
    },
    {
      name: "huge body",
      send: () => api.post("/api/bookings", { data: { procedureSlug: SLUG, startsAt: slot!.startsAt, padding: "x".repeat(50_000) } }),
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
      message: /at most 10 KB/,
    },
    {
      name: "missing start",
      send: () => api.post("/api/bookings", { data: { procedureSlug: SLUG } }),
      status: 422,
      code: "VALIDATION_FAILED",
      message: /Choose a start time/,
    },
  ];
  for (const c of cases) {
    const res = await c.send();
    expect(res.status(), c.name).toBe(c.status);
    const body = await res.json();
    expect(body.error.code, c.name).toBe(c.code);
    expect(body.error.message, c.name).toMatch(c.message);
  }
  expect(await db.booking.count({ where: { patientId: patient.id } })).toBe(0);
  expect(await db.outboxEmail.count({ where: { to: patient.email } })).toBe(0);
  expect(await db.auditEvent.count({ where: { actorId: patient.id } })).toBe(0);
});

test("the book page explains a time that cannot be booked and links back to the picker", async ({ page, context, makePatient, signIn }) => {
  await signIn(context, await makePatient("Late Comer"));
  await page.goto(`/procedures/${SLUG}/book?start=${encodeURIComponent("2024-03-04T21:00:00.000Z")}`);
  await expect(page.getByRole("heading", { name: "That time cannot be booked" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "That time has already passed" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Choose another time" })).toBeVisible();
});

test("within 24 hours of the start the booking page says to call the clinic instead of offering changes", { tag: "@postgres" }, async ({
  page,
  context,
  db,
  makePatient,
  signIn,
}) => {
  const patient = await makePatient("Last Minute");
  await signIn(context, patient);
  // Made straight in the database (no free slot is ever offered this soon), for a practitioner of its own.
  const procedure = await db.procedure.findUniqueOrThrow({ where: { slug: SLUG } });
  const practitioner = await db.practitioner.create({ data: { name: `Dr Soon ${randomUUID().slice(0, 6)}`, title: "Doctor" } });
  const quarter = 15 * 60_000;
  const startsAt = new Date(Math.ceil((Date.now() + 10 * 3_600_000) / quarter) * quarter);
  const endsAt = new Date(startsAt.getTime() + procedure.durationMinutes * 60_000);
  const booking = await db.booking.create({
    data: {
      reference: generateReference(),
      patientId: patient.id,
      procedureId: procedure.id,
      practitionerId: practitioner.id,
      startsAt,
      endsAt,
      blockedUntil: endsAt,
      status: "CONFIRMED",
    },
  });
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: "clinic" } });

  await page.goto(`/bookings/${booking.id}`);
  await expect(page.getByText(/can no longer be changed online/)).toContainText(clinic.phone);
  await expect(page.getByRole("link", { name: "Cancel booking" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Reschedule" })).toHaveCount(0);

  // The API refuses too, and nothing changes.
  const res = await context.request.post(`/api/bookings/${booking.id}/cancel`);
  expect(res.status()).toBe(422);
  expect((await res.json()).error.message).toMatch(new RegExp(`phone the clinic on ${clinic.phone}`));
  expect((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status).toBe("CONFIRMED");
});
