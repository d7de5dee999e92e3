// A practice system using the FHIR API, through the route handler as Next.js
// calls it, against the real database. Every resource returned is checked
// against the official FHIR R4 definitions.
import { beforeAll, describe, expect, it } from "vitest";
import type { Appointment, Bundle, OperationOutcome, Resource, Slot, Task } from "@medplum/fhirtypes";
import { db } from "@/lib/db/client";
import { addClinicDays, clinicInstant, clinicToday } from "@/lib/availability";
import { findFreeSlots } from "@/lib/availability/slot-data";
import { createApiClient, revokeApiClient } from "@/lib/api-clients/api-client-data";
import { FHIR_RATE_LIMIT } from "@/lib/api-clients/api-client-rate-limit";
import { NHI_SYSTEM } from "@/lib/fhir/code-systems";
import { SEARCH_PARAMS } from "@/lib/fhir/search-spec";
import { FHIR_RESOURCE_TYPES } from "@/lib/api-clients/scopes";
import { fhirErrorsDeep, loadFhirDefinitions } from "../support/fhir-validator";
import { seedClinic } from "../support/booking-fixtures";
import { makePatient, makeStaff } from "../support/people";
import { addFlaggingScreening, makeBooking } from "../support/fhir-fixtures";
import { wellAnswers } from "@/lib/screening/well-answers";

const route = await import("@/app/api/fhir/R4/[[...path]]/route");
const TZ = "Pacific/Auckland";

/** GET a FHIR URL (absolute, as in Bundle links, or a path under the base). */
async function fhir(url: string, token?: string): Promise<{ status: number; headers: Headers; body: Resource }> {
  const absolute = new URL(url, "http://localhost:3000/api/fhir/R4/");
  const path = absolute.pathname.replace(/^\/api\/fhir\/R4\/?/, "").split("/").filter(Boolean);
  const request = new Request(absolute, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const response = await route.GET(request, { params: Promise.resolve({ path }) });
  expect(response.headers.get("content-type")).toContain("application/fhir+json");
  const body = (await response.json()) as Resource;
  // Every answer, errors included, is a valid FHIR resource.
  expect(fhirErrorsDeep(body)).toEqual([]);
  return { status: response.status, headers: response.headers, body };
}

const entries = <R extends Resource>(bundle: Resource) => ((bundle as Bundle).entry ?? []).map((e) => e.resource as R);
const link = (bundle: Resource, relation: string) => (bundle as Bundle).link?.find((l) => l.relation === relation)?.url;
const issue = (body: Resource) => (body as OperationOutcome).issue[0]!;

let clinic: Awaited<ReturnType<typeof seedClinic>>;
let token: string;
let clientId: string;
let adminId: string;
let patient: { id: string };
let flagged: { id: string };
let flaggingResponseId: string;
const today = clinicToday(new Date(), TZ);
const tomorrow = addClinicDays(today, 1);

// The R4 definitions take seconds to index; once, outside any one test's time.
beforeAll(() => loadFhirDefinitions(), 60_000);

beforeAll(async () => {
  clinic = await seedClinic(db);
  adminId = (await makeStaff(db)).id;
  patient = await makePatient(db, "Aroha Ngata");
  await db.patientProfile.update({ where: { userId: patient.id }, data: { nhi: "ZAC5361" } });
  const other = await makePatient(db, "Other Person");
  const at = (time: string, date = today) => clinicInstant(date, time, TZ);
  const base = { practitionerId: clinic.first.id, procedureId: clinic.short.id, minutes: 45 };
  await makeBooking(db, { ...base, patientId: patient.id, startsAt: at("09:00"), status: "CONFIRMED" });
  await makeBooking(db, { ...base, patientId: other.id, startsAt: at("10:00"), status: "CONFIRMED" });
  await makeBooking(db, { ...base, patientId: other.id, startsAt: at("11:00"), status: "CANCELLED" });
  await makeBooking(db, { ...base, patientId: other.id, startsAt: at("13:00"), status: "COMPLETED" });
  // Another practitioner's day, and another day: neither is in the first search.
  await makeBooking(db, { ...base, practitionerId: clinic.second.id, patientId: other.id, startsAt: at("09:00"), status: "CONFIRMED" });
  flagged = await makeBooking(db, { ...base, patientId: patient.id, startsAt: at("09:00", tomorrow), status: "FLAGGED" });
  flaggingResponseId = (await addFlaggingScreening(db, flagged.id, patient.id, new Date())).id;

  const created = await createApiClient({ name: "Practice system", scopes: ["system/*.read"] }, adminId);
  token = created.token;
  clientId = created.client.id;
});

describe("FHIR API: a practice system reads the day", () => {
  it("the capability statement is public and lists what is served", async () => {
    const { status, body } = await fhir("metadata");
    expect(status).toBe(200);
    expect(body.resourceType).toBe("CapabilityStatement");
  });

  it("without a token: 401 with an OperationOutcome and a Bearer challenge", async () => {
    const res = await fhir(`Appointment?date=${today}`);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(issue(res.body).code).toBe("login");
    expect((await fhir("Appointment", "cbk_not-a-real-token-at-all")).status).toBe(401);
  });

  it("reads today's appointments for one practitioner page by page, following the links", async () => {
    const first = await fhir(`Appointment?date=ge${today}&date=lt${tomorrow}&practitioner=Practitioner/${clinic.first.id}&_count=3`, token);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ resourceType: "Bundle", type: "searchset", total: 4 });
    const page1 = entries<Appointment>(first.body);
    expect(page1).toHaveLength(3);
    expect(link(first.body, "previous")).toBeUndefined();

    const next = await fhir(link(first.body, "next")!, token);
    const page2 = entries<Appointment>(next.body);
    expect(page2).toHaveLength(1);
    expect(link(next.body, "next")).toBeUndefined();
    const back = await fhir(link(next.body, "previous")!, token);
    expect(entries<Appointment>(back.body).map((a) => a.id)).toEqual(page1.map((a) => a.id));

    const all = [...page1, ...page2];
    expect(all.map((a) => a.status)).toEqual(["booked", "booked", "cancelled", "fulfilled"]);
    expect(new Set(all.map((a) => a.id)).size).toBe(4);
    expect(all[0]!.participant.map((p) => p.actor?.reference)).toEqual([
      `Patient/${patient.id}`,
      `Practitioner/${clinic.first.id}`,
      `HealthcareService/${clinic.short.id}`,
    ]);
  });

  it("filters by status and patient", async () => {
    const booked = await fhir(`Appointment?date=${today}&practitioner=${clinic.first.id}&status=booked`, token);
    expect((booked.body as Bundle).total).toBe(2);
    const mine = await fhir(`Appointment?patient=Patient/${patient.id}&status=booked,pending`, token);
    expect(entries<Appointment>(mine.body).map((a) => a.status)).toEqual(["booked", "pending"]);
  });

  it("reads the flagged booking's review task, its reasons and the answers that raised it", async () => {
    const tasks = await fhir(`Task?status=requested&patient=Patient/${patient.id}`, token);
    const [task] = entries<Task>(tasks.body);
    expect((tasks.body as Bundle).total).toBe(1);
    expect(task).toMatchObject({ status: "requested", focus: { reference: `Appointment/${flagged.id}` } });
    expect(task!.input?.map((i) => i.valueCodeableConcept?.coding?.[0]?.code)).toEqual(["SYMPTOMS", "CLOSE_CONTACT"]);
    // Reason labels only: the messages can quote the patient.
    expect(JSON.stringify(task)).not.toContain("You told us");

    expect(task!.reasonReference?.reference).toBe(`QuestionnaireResponse/${flaggingResponseId}`);
    const qr = await fhir(task!.reasonReference!.reference!, token);
    expect(qr.status).toBe(200);
    expect(qr.body).toMatchObject({ resourceType: "QuestionnaireResponse", subject: { reference: `Patient/${patient.id}` } });
    const responses = await fhir(`QuestionnaireResponse?subject=Patient/${patient.id}`, token);
    expect((responses.body as Bundle).total).toBe(2);
    const questionnaire = await fhir("Questionnaire?url=urn:clinic-booking:questionnaire:respiratory-screening", token);
    expect((questionnaire.body as Bundle).total).toBe(1);
  });

  it("leaves out a reason a nurse set aside, and answers a move copied, and keeps a task cleared by a move", async () => {
    const someone = await makePatient(db, "Moana Set-Aside");
    const booking = await makeBooking(db, { practitionerId: clinic.first.id, procedureId: clinic.short.id, minutes: 45, patientId: someone.id, startsAt: clinicInstant(tomorrow, "11:00", TZ), status: "FLAGGED" });
    const answers = JSON.stringify(wellAnswers({ otherInfo: "a bit crook" }));
    const reasons = JSON.stringify([
      { code: "CLOSE_CONTACT", message: "Close contact", detail: "Close contact" },
      { code: "FREE_TEXT_RESPIRATORY", message: "Mentions illness", detail: "Mentions illness" },
    ]);
    const base = { bookingId: booking.id, kind: "BOOKING" as const, questionnaireVersion: 1, answers, outcome: "FLAGGED" as const, reasons, submittedById: someone.id };
    const first = await db.screeningResponse.create({ data: { ...base, submittedAt: new Date(Date.now() - 60_000) }, select: { id: true } });
    const nurse = await makeStaff(db);
    await db.screeningReasonDismissal.create({ data: { responseId: first.id, code: "FREE_TEXT_RESPIRATORY", note: "Phoned: a knee", dismissedById: nurse.id } });
    // A move re-read the same answers: a copy that points back at them.
    await db.screeningResponse.create({ data: { ...base, submittedAt: new Date(), reassessedFromId: first.id } });

    const task = (await fhir(`Task/${booking.id}`, token)).body as Task;
    expect(task.input?.map((i) => i.valueCodeableConcept?.coding?.[0]?.code)).toEqual(["CLOSE_CONTACT"]);
    const responses = await fhir(`QuestionnaireResponse?subject=Patient/${someone.id}`, token);
    expect(entries(responses.body).map((r) => r.id)).toEqual([first.id]);

    // Cleared by a later move, with no review: the task is closed, not gone.
    await db.booking.update({ where: { id: booking.id }, data: { status: "CONFIRMED" } });
    const closed = await fhir(`Task/${booking.id}`, token);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: "cancelled" });
    const cancelled = await fhir(`Task?status=cancelled&patient=Patient/${someone.id}`, token);
    expect((cancelled.body as Bundle).total).toBe(1);
  });

  it("reads the patient with their NHI, and the practitioner, service and schedule", async () => {
    const p = await fhir(`Patient/${patient.id}`, token);
    expect(p.body).toMatchObject({ identifier: [{ system: NHI_SYSTEM, value: "ZAC5361" }] });
    const byNhi = await fhir(`Patient?identifier=${encodeURIComponent(`${NHI_SYSTEM}|ZAC5361`)}`, token);
    expect(entries(byNhi.body).map((r) => r.id)).toEqual([patient.id]);
    expect((await fhir(`Practitioner/${clinic.first.id}`, token)).status).toBe(200);
    expect((await fhir(`HealthcareService/${clinic.short.id}`, token)).status).toBe(200);
    const schedules = await fhir(`Schedule?actor=Practitioner/${clinic.first.id}`, token);
    expect((schedules.body as Bundle).total).toBe(2);
  });

  it("free slots are the ones the booking pages offer, for that practitioner", async () => {
    const from = addClinicDays(today, 3);
    const to = addClinicDays(today, 5);
    const scheduleId = `${clinic.first.id}.${clinic.short.id}`;
    const res = await fhir(`Slot?schedule=Schedule/${scheduleId}&start=ge${from}&start=lt${addClinicDays(to, 1)}&_count=100`, token);
    const slots = entries<Slot>(res.body);
    const expected = (await findFreeSlots(clinic.short.slug, { from, to }))!.slots
      .filter((s) => s.practitioners.some((p) => p.id === clinic.first.id))
      .map((s) => s.startsAt.toISOString());
    expect(slots.map((s) => s.start)).toEqual(expected);
    expect(slots.length).toBeGreaterThan(0);
    const one = await fhir(`Slot/${slots[0]!.id}`, token);
    expect(one.body).toMatchObject({ resourceType: "Slot", status: "free", start: expected[0] });
  });

  it.each([
    ["an unknown parameter", "Appointment?colour=blue", 400, "invalid"],
    ["a date that is not a date", "Appointment?date=ge2026-02-30", 400, "invalid"],
    ["a _count that is not a number", "Appointment?_count=lots", 400, "invalid"],
    ["a Slot search without a schedule", "Slot?start=ge2026-12-01", 400, "invalid"],
    ["an unknown id", "Appointment/does-not-exist", 404, "not-found"],
    ["an id FHIR cannot have", "Patient/bad%20id!", 404, "not-found"],
    ["an unknown resource type", "Observation", 404, "not-supported"],
    ["a history request", `Appointment/x/_history`, 404, "not-supported"],
    ["the bare base", "", 404, "not-supported"],
    ["a slot id far beyond any calendar", "Slot/a.b.999999999999", 404, "not-found"],
    ["a slot id of a schedule that does not exist", "Slot/a.b.29000000", 404, "not-found"],
    ["a slot search at the end of time", "Slot?schedule=a.b&start=ge2999-12-30", 200, undefined],
  ] as const)("%s gets the right status, and an OperationOutcome when refused", async (_label, url, status, code) => {
    const res = await fhir(url, token);
    expect(res.status).toBe(status);
    if (code) expect(issue(res.body).code).toBe(code);
  });

  it.each(FHIR_RESOURCE_TYPES)("no odd value of any %s search parameter or id gets a 500", async (type) => {
    // A client of its own per type: this sends more requests than one minute's allowance.
    const { token: probe } = await createApiClient({ name: `Probe ${type}`, scopes: ["system/*.read"] }, adminId);
    const odd = ["", "ge", "%25", "x".repeat(300), `${type}/`, "Patient/..", "9999-99-99", "a,,b", "lt2026-12-03T00:00:00-25:00", "eq2026-12-03T24:00:00Z", "a.b.c.d", "|", "http://x|"];
    for (const name of [...Object.keys(SEARCH_PARAMS[type]), "_count", "_offset"]) {
      for (const value of odd) {
        const res = await fhir(`${type}?${name}=${encodeURIComponent(value)}`, probe);
        expect(res.status, `${type}?${name}=${value}`).toBeLessThan(500);
      }
    }
    for (const id of ["x".repeat(65), "a.b.c", "..", "a.b.99999999"]) {
      expect((await fhir(`${type}/${encodeURIComponent(id)}`, probe)).status).toBeLessThan(500);
    }
  }, 60_000);

  it("writes are refused: the API is read only", async () => {
    const res = await route.POST();
    expect(res.status).toBe(405);
    // A HEAD is not a read either: it would spend the allowance and audit data never sent.
    expect((await route.HEAD()).status).toBe(405);
    expect(((await res.json()) as OperationOutcome).resourceType).toBe("OperationOutcome");
  });

  it("every read of patient data is audited, naming the client", async () => {
    const before = await db.auditEvent.count({ where: { action: "fhir.Appointment.search" } });
    await fhir(`Appointment?patient=${patient.id}`, token);
    const rows = await db.auditEvent.findMany({ where: { action: "fhir.Appointment.search" }, orderBy: { createdAt: "desc" }, take: 2 });
    expect(await db.auditEvent.count({ where: { action: "fhir.Appointment.search" } })).toBe(before + 2);
    expect(rows.map((r) => r.entityType)).toEqual(["Booking", "Booking"]);
    expect(JSON.parse(rows[0]!.details)).toEqual({ apiClientId: clientId, apiClientName: "Practice system" });
    // Reading a practitioner is not patient data: no row.
    const count = await db.auditEvent.count();
    await fhir(`Practitioner/${clinic.first.id}`, token);
    expect(await db.auditEvent.count()).toBe(count);
  });

  it("a client is refused resources outside its scopes with 403", async () => {
    const { token: slotsOnly } = await createApiClient({ name: "Slots only", scopes: ["system/Slot.read"] }, adminId);
    const res = await fhir(`Appointment?date=${today}`, slotsOnly);
    expect(res.status).toBe(403);
    expect(issue(res.body).code).toBe("forbidden");
  });

  it("a client over its rate limit gets 429 with Retry-After", async () => {
    const { token: busy } = await createApiClient({ name: "Busy", scopes: ["system/Practitioner.read"] }, adminId);
    for (let i = 0; i < FHIR_RATE_LIMIT.points; i++) {
      const response = await route.GET(new Request("http://localhost/api/fhir/R4/Practitioner", { headers: { authorization: `Bearer ${busy}` } }), {
        params: Promise.resolve({ path: ["Practitioner"] }),
      });
      expect(response.status).toBe(200);
    }
    const res = await fhir("Practitioner", busy);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("after revocation the same token is refused", async () => {
    expect((await fhir("Task", token)).status).toBe(200);
    expect(await revokeApiClient(clientId, adminId)).toBe(true);
    const res = await fhir("Task", token);
    expect(res.status).toBe(401);
    expect(await revokeApiClient(clientId, adminId)).toBe(false);
  });

  it("tokens are stored only as hashes", async () => {
    const rows = await db.apiClient.findMany({ select: { tokenHash: true, tokenHint: true } });
    for (const row of rows) {
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.tokenHash).not.toContain(token);
    }
  });
});
