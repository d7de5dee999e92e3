import { randomUUID } from "node:crypto";
import ical, { type VEvent } from "node-ical";
import type { PrismaClient } from "@prisma/client";
import type { Bundle, Resource, Task } from "@medplum/fhirtypes";
import type { APIRequestContext } from "@playwright/test";
import { clinicInstant } from "../lib/availability/clinic-time";
import { addClinicDays } from "../lib/availability/clinic-date";
import { generateReference } from "../lib/booking/reference";
import { fhirErrorsDeep } from "../tests/support/fhir-validator";
import { clinicDaysAhead } from "./clinic-dates";
import { expect, test, type TestUser } from "./fixtures";

// A practice system on the FHIR API, and a practitioner's calendar app on
// their feed, set up by an admin in the staff console.

const TZ = "Pacific/Auckland";
const SLUG = "follow-up-review"; // no screening step, so bookings go straight through

async function bookToday(db: PrismaClient, patient: TestUser, time: string, status: "CONFIRMED" | "FLAGGED") {
  const procedure = await db.procedure.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true, practitioners: { select: { practitionerId: true } } } });
  // Today is inside the minimum notice, so no patient can book it: these rows
  // cannot collide with other tests' bookings.
  const startsAt = clinicInstant(clinicDaysAhead(0), time, TZ);
  const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
  return db.booking.create({
    data: {
      reference: generateReference(),
      patientId: patient.id,
      procedureId: procedure.id,
      practitionerId: procedure.practitioners[0]!.practitionerId,
      startsAt,
      endsAt,
      blockedUntil: endsAt,
      status,
      ...(status === "FLAGGED"
        ? {
            screenings: {
              create: {
                kind: "PRE_PROCEDURE",
                questionnaireVersion: 1,
                answers: JSON.stringify({ version: 1, symptoms: ["cough"], temperatureC: null, positiveTest: "no", closeContact: "no", recentIllness: "no", otherInfo: "", declaration: true }),
                outcome: "FLAGGED",
                reasons: JSON.stringify([{ code: "SYMPTOMS", message: "You told us you have a new or worse cough." }]),
                submittedById: patient.id,
              },
            },
          }
        : {}),
    },
    select: { id: true },
  });
}

// Each test drives the staff console and many API calls on a shared machine.
test.describe.configure({ timeout: 60_000 });

// Loading the R4 definitions into the validator takes seconds: once, before the tests.
test.beforeAll(async () => {
  test.setTimeout(60_000);
  expect(fhirErrorsDeep({ resourceType: "Bundle", type: "searchset" })).toEqual([]);
});

/** GET as the practice system; every answer must be valid FHIR R4. */
async function fhirGet(request: APIRequestContext, url: string, token: string) {
  const res = await request.get(url, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as Resource;
  expect(fhirErrorsDeep(body)).toEqual([]);
  return { status: res.status(), body };
}

test("an admin creates an API client; the practice system reads today's appointments and flagged tasks, pages, and is refused after revocation", { tag: "@postgres" }, async ({
  page,
  context,
  db,
  makeStaff,
  makePatient,
  signIn,
  request,
}) => {
  const patient = await makePatient(`Practice Patient ${randomUUID().slice(0, 6)}`);
  const made = [
    await bookToday(db, patient, "08:00", "CONFIRMED"),
    await bookToday(db, patient, "08:30", "CONFIRMED"),
    await bookToday(db, patient, "09:00", "CONFIRMED"),
    await bookToday(db, patient, "09:30", "FLAGGED"),
  ];

  await signIn(context, await makeStaff("ADMIN"));
  await page.goto("/staff");
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Integrations" }).click();
  await expect(page.getByRole("heading", { name: "Integrations", level: 1 })).toBeVisible();

  // A form sent empty says what is missing, beside the fields.
  await page.getByRole("button", { name: "Create API client" }).click();
  await expect(page.getByLabel("Client name")).toHaveAccessibleDescription(/Enter a name that says which system this is/);
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Choose at least one kind of record this system may read" }).click();
  await expect(page.getByRole("checkbox", { name: /Everything below/ })).toBeFocused();

  const name = `Practice system ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Client name").fill(name);
  await page.getByRole("checkbox", { name: /Everything below/ }).check();
  await page.getByRole("button", { name: "Create API client" }).click();
  await expect(page.getByRole("status")).toContainText("it will not be shown again");
  const token = await page.getByLabel(`Bearer token for ${name}`).inputValue();
  expect(token).toMatch(/^cbk_/);

  // Without the token: 401 and an OperationOutcome.
  const anonymous = await request.get("/api/fhir/R4/Task");
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).resourceType).toBe("OperationOutcome");

  // Today's appointments, two to a page, following the links.
  const today = clinicDaysAhead(0);
  const tomorrow = addClinicDays(today, 1);
  let url: string | undefined = `/api/fhir/R4/Appointment?date=ge${today}&date=lt${tomorrow}&patient=Patient/${patient.id}&_count=2`;
  const seen: { id: string; status: string }[] = [];
  let pages = 0;
  while (url) {
    const { status, body } = await fhirGet(request, url, token);
    expect(status).toBe(200);
    const bundle = body as Bundle;
    expect(bundle.total).toBe(4);
    for (const e of bundle.entry ?? []) seen.push({ id: e.resource!.id!, status: (e.resource as { status: string }).status });
    url = bundle.link?.find((l) => l.relation === "next")?.url;
    pages++;
  }
  expect(pages).toBe(2);
  expect(seen.map((a) => a.id)).toEqual(made.map((b) => b.id));
  expect(seen.map((a) => a.status)).toEqual(["booked", "booked", "booked", "pending"]);

  // The flagged booking's review task.
  const tasks = await fhirGet(request, `/api/fhir/R4/Task?status=requested&patient=Patient/${patient.id}`, token);
  const taskList = ((tasks.body as Bundle).entry ?? []).map((e) => e.resource as Task);
  expect(taskList).toHaveLength(1);
  expect(taskList[0]!.focus?.reference).toBe(`Appointment/${made[3]!.id}`);
  expect(taskList[0]!.input?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe("SYMPTOMS");

  // The admin revokes the client: the same token is refused at once.
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");
  const refused = await request.get("/api/fhir/R4/Task", { headers: { authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
});

test("an admin creates a practitioner's calendar feed; it parses and follows a reschedule", { tag: "@postgres" }, async ({
  page,
  context,
  browser,
  db,
  makeStaff,
  makePatient,
  signIn,
  request,
}) => {
  // A real booking and a real reschedule, through the patient's API, in days of this test's own.
  const patient = await makePatient("Feed Patient");
  const patientContext = await browser.newContext();
  await signIn(patientContext, patient);
  const from = clinicDaysAhead(76);
  const slotsRes = await patientContext.request.get(`/api/procedures/${SLUG}/slots?from=${from}&to=${addClinicDays(from, 13)}`);
  const { slots } = (await slotsRes.json()) as { slots: { startsAt: string; practitioners: { id: string }[] }[] };
  expect(slots.length).toBeGreaterThan(10);
  const pick = Math.floor(Math.random() * (slots.length - 5));
  const created = await patientContext.request.post("/api/bookings", { data: { procedureSlug: SLUG, startsAt: slots[pick]!.startsAt } });
  expect(created.status()).toBe(201);
  const bookingId = (await created.json()).booking.id as string;
  const { practitioner } = await db.booking.findUniqueOrThrow({ where: { id: bookingId }, select: { practitioner: { select: { id: true, name: true } } } });

  await signIn(context, await makeStaff("ADMIN"));
  await page.goto("/staff/integrations");
  await page.getByLabel("Practitioner", { exact: true }).selectOption({ label: practitioner.name });
  await page.getByRole("button", { name: "Create feed address" }).click();
  const feedUrl = await page.getByLabel(`Calendar feed address for ${practitioner.name}`).inputValue();
  expect(feedUrl).toMatch(/\/api\/calendar-feeds\/cbf_[A-Za-z0-9_-]+\.ics$/);

  const readFeed = async () => {
    const res = await request.get(feedUrl);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/calendar");
    const text = await res.text();
    const events = Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
    const event = events.find((e) => e.uid === `${bookingId}.practitioner-feed@clinic-booking`);
    return { text, event };
  };
  const before = await readFeed();
  expect(before.event?.start.toISOString()).toBe(new Date(slots[pick]!.startsAt).toISOString());
  expect(before.text).not.toContain("Feed Patient");

  // Move it to a later time when the same practitioner is free (the service keeps them then).
  let moved: string | undefined;
  const later = slots.slice(pick + 1).filter((s) => s.practitioners.some((p) => p.id === practitioner.id)).reverse();
  for (const slot of later) {
    const res = await patientContext.request.post(`/api/bookings/${bookingId}/reschedule`, { data: { startsAt: slot.startsAt } });
    if (res.status() === 200) {
      moved = slot.startsAt;
      break;
    }
  }
  expect(moved).toBeDefined();
  const after = await readFeed();
  expect(after.event?.start.toISOString()).toBe(new Date(moved!).toISOString());
  expect(Number(after.event?.sequence)).toBeGreaterThan(Number(before.event?.sequence));
  expect(after.text).not.toBe(before.text);

  await page.getByRole("button", { name: `Revoke the feed for ${practitioner.name}` }).first().click();
  await expect(page.getByRole("row", { name: new RegExp(practitioner.name) }).first()).toContainText("Revoked");
  expect((await request.get(feedUrl)).status()).toBe(404);
  await patientContext.close();
});

test("only admins manage integrations: staff get 403 and no link, anonymous visitors are sent to sign in", async ({ page, context, makeStaff, signIn }) => {
  const response = await page.goto("/staff/integrations");
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  expect(response?.status()).toBe(200);

  await signIn(context, await makeStaff("STAFF"));
  expect((await page.goto("/staff/integrations"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await page.goto("/staff");
  await expect(page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Integrations" })).toHaveCount(0);
});
