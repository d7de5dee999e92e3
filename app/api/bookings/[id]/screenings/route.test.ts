import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { makeScreenedBooking } from "@/tests/support/screened-booking";
import { wellAnswers } from "@/lib/screening/well-answers";

// The route's own session lookup needs a real request; the guard is tested
// with the auth code. Here the signed-in patient is whoever the test says.
let signedIn: CurrentUser | null = null;
vi.mock("@/lib/auth/guards", () => ({
  authenticateApi: async () =>
    signedIn
      ? { ok: true, user: signedIn }
      : { ok: false, response: Response.json({ error: { code: "UNAUTHENTICATED", message: "Sign in" } }, { status: 401 }) },
}));

const { POST } = await import("./route");

// Starts 48 hours from the real clock: the route uses the time of the request.
const startsAt = () => new Date(Date.now() + 48 * 3_600_000);
const well = wellAnswers();

function post(id: string, body: string) {
  const request = new NextRequest(`http://localhost/api/bookings/${id}/screenings`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });
  return POST(request, { params: Promise.resolve({ id }) } as never);
}

beforeEach(() => {
  signedIn = null;
});

describe("POST /api/bookings/{id}/screenings", { timeout: 20_000 }, () => {
  it("records a check-in and answers 201 with the outcome", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt: startsAt() });
    signedIn = patient;
    const response = await post(booking.id, JSON.stringify({ ...well, symptoms: ["cold"] }));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.outcome).toBe("FLAGGED");
    expect(body.reasons.map((r: { code: string }) => r.code)).toEqual(["SYMPTOMS"]);
    expect(body.earliestSuggestedDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("answers 422 with field errors for invalid answers and stores nothing", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt: startsAt() });
    signedIn = patient;
    const response = await post(booking.id, JSON.stringify({ ...well, symptoms: ["none", "cough"], declaration: false }));
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.fields.symptoms).toEqual(["Choose “None of these” only if you have none of the symptoms"]);
    expect(body.error.fields.declaration).toEqual(["Please confirm the declaration to continue"]);
    expect(await db.screeningResponse.count({ where: { bookingId: booking.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: booking.id } })).toBe(0);
  });

  it("answers 400 for malformed JSON and stores nothing", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt: startsAt() });
    signedIn = patient;
    const response = await post(booking.id, "{ not json");
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("INVALID_JSON");
    expect(await db.screeningResponse.count({ where: { bookingId: booking.id } })).toBe(0);
  });

  it("answers 422 (not 500) for JSON that is not an answer set", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt: startsAt() });
    signedIn = patient;
    for (const body of ["null", "[]", '"cough"', "42"]) {
      expect((await post(booking.id, body)).status).toBe(422);
    }
  });

  it("answers 404 to another patient and 401 to no one", async () => {
    const { booking } = await makeScreenedBooking(db, { startsAt: startsAt() });
    expect((await post(booking.id, JSON.stringify(well))).status).toBe(401);
    signedIn = (await makeScreenedBooking(db, { startsAt: startsAt() })).patient;
    expect((await post(booking.id, JSON.stringify(well))).status).toBe(404);
  });

  it("answers 409 with a clear message before the check-in opens", async () => {
    const { booking, patient } = await makeScreenedBooking(db, { startsAt: new Date(Date.now() + 10 * 24 * 3_600_000) });
    signedIn = patient;
    const response = await post(booking.id, JSON.stringify(well));
    expect(response.status).toBe(409);
    expect((await response.json()).error.message).toMatch(/^Check-in opens 72 hours before your procedure/);
  });
});
