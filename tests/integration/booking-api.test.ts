// The REST door, called as Next.js would call it, against the real database.
// Only the sign-in lookup is replaced: these tests are about booking, not cookies.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { findFreeSlots } from "@/lib/availability/slot-data";
import { addClinicDays, clinicToday } from "@/lib/availability";
import { bookingWriteCounts, seedClinic } from "@/tests/support/booking-fixtures";
import { makePatient } from "@/tests/support/people";
import { wellAnswers } from "@/lib/screening/well-answers";

let caller: CurrentUser | null = null;
vi.mock("@/lib/auth/guards", () => ({
  authenticateApi: async (roles?: readonly string[]) => {
    if (!caller) return { ok: false, response: Response.json({ error: { code: "UNAUTHENTICATED", message: "Sign in" } }, { status: 401 }) };
    if (roles && !roles.includes(caller.role)) {
      return { ok: false, response: Response.json({ error: { code: "FORBIDDEN", message: "No" } }, { status: 403 }) };
    }
    return { ok: true, user: caller };
  },
}));

const { GET: listRoute, POST: createRoute } = await import("@/app/api/bookings/route");
const { GET: getRoute } = await import("@/app/api/bookings/[id]/route");
const { POST: cancelRoute } = await import("@/app/api/bookings/[id]/cancel/route");
const { POST: rescheduleRoute } = await import("@/app/api/bookings/[id]/reschedule/route");

let clinic: Awaited<ReturnType<typeof seedClinic>>;
let freeStarts: string[];
beforeAll(async () => {
  clinic = await seedClinic(db);
  const today = clinicToday(new Date(), "Pacific/Auckland");
  const free = await findFreeSlots(clinic.short.slug, { from: addClinicDays(today, 2), to: addClinicDays(today, 20) });
  freeStarts = free!.slots.map((s) => s.startsAt.toISOString());
  expect(freeStarts.length).toBeGreaterThan(20);
});
beforeEach(async () => {
  caller = await makePatient(db);
});

let nextSlot = 0;
const takeSlot = () => freeStarts[(nextSlot += 3)]!;

function post(body: string, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/bookings", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  }) as unknown as import("next/server").NextRequest;
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe("POST /api/bookings", () => {
  it("books and answers 201 with the booking", async () => {
    const startsAt = takeSlot();
    const res = await createRoute(post(JSON.stringify({ procedureSlug: clinic.short.slug, startsAt })));
    expect(res.status).toBe(201);
    const { booking } = await res.json();
    expect(booking).toMatchObject({ status: "CONFIRMED", startsAt, procedure: { slug: clinic.short.slug } });
    expect(booking.reference).toMatch(/^CB-[A-Z2-9]{5}$/);
  });

  it("with the same Idempotency-Key and body, a retry replays the first answer and creates nothing", async () => {
    const body = { procedureSlug: clinic.short.slug, startsAt: takeSlot() };
    const first = await createRoute(post(JSON.stringify(body), { "Idempotency-Key": "key-1" }));
    expect(first.status).toBe(201);
    const firstBody = await first.json();
    const before = await bookingWriteCounts(db);

    // Same JSON with keys in another order still counts as the same request.
    const retry = await createRoute(
      post(JSON.stringify({ startsAt: body.startsAt, procedureSlug: body.procedureSlug }), { "Idempotency-Key": "key-1" }),
    );
    expect(retry.status).toBe(201);
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await retry.json()).toEqual(firstBody);
    expect(await bookingWriteCounts(db)).toEqual(before);
    expect(await db.booking.count({ where: { patientId: caller!.id } })).toBe(1);
  });

  it("retries racing each other with one key still make one booking", async () => {
    const body = JSON.stringify({ procedureSlug: clinic.short.slug, startsAt: takeSlot() });
    const answers = await Promise.all(Array.from({ length: 5 }, () => createRoute(post(body, { "Idempotency-Key": "race" }))));
    const bodies = await Promise.all(answers.map((a) => a.json()));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(bodies.map((b) => b.booking.id)).size).toBe(1);
    expect(await db.booking.count({ where: { patientId: caller!.id } })).toBe(1);
  });

  it("the same Idempotency-Key with a different body is refused with 422", async () => {
    await createRoute(post(JSON.stringify({ procedureSlug: clinic.short.slug, startsAt: takeSlot() }), { "Idempotency-Key": "k2" }));
    const before = await bookingWriteCounts(db);
    const res = await createRoute(
      post(JSON.stringify({ procedureSlug: clinic.short.slug, startsAt: takeSlot() }), { "Idempotency-Key": "k2" }),
    );
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(await bookingWriteCounts(db)).toEqual(before);
  });

  it("a taken slot answers 409 SLOT_TAKEN, and a retry with the same key replays the 409", async () => {
    const startsAt = takeSlot();
    // Take every practitioner at that time.
    for (let i = 0; i < 2; i++) {
      caller = await makePatient(db);
      expect((await createRoute(post(JSON.stringify({ procedureSlug: clinic.short.slug, startsAt })))).status).toBe(201);
    }
    caller = await makePatient(db);
    const body = JSON.stringify({ procedureSlug: clinic.short.slug, startsAt });
    const res = await createRoute(post(body, { "Idempotency-Key": "taken" }));
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({
      error: { code: "SLOT_TAKEN", message: "That time was just taken. Please choose another." },
    });
    const again = await createRoute(post(body, { "Idempotency-Key": "taken" }));
    expect(again.status).toBe(409);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
  });

  it.each([
    ["malformed JSON", 400, "INVALID_JSON", "{\"procedureSlug\": "],
    ["a body over 10 KB", 413, "PAYLOAD_TOO_LARGE", JSON.stringify({ procedureSlug: "x".repeat(11_000), startsAt: "2030-01-01T00:00:00Z" })],
    ["a JSON array", 422, "VALIDATION_FAILED", "[]"],
    ["a missing start", 422, "VALIDATION_FAILED", JSON.stringify({ procedureSlug: "initial-consultation" })],
    ["a start with no zone", 422, "VALIDATION_FAILED", JSON.stringify({ procedureSlug: "x", startsAt: "2030-01-01T10:00" })],
    ["an unknown procedure", 404, "NOT_FOUND", JSON.stringify({ procedureSlug: "no-such-procedure", startsAt: "2030-01-01T00:00:00Z" })],
    ["a past time", 422, "SLOT_NOT_AVAILABLE", "PAST"],
    // Day arithmetic past 9999-12-31 used to throw a RangeError (500).
    ["a time in the year 9999", 422, "SLOT_NOT_AVAILABLE", "Y9999"],
    ["a time not offered", 422, "SLOT_NOT_AVAILABLE", "OFFGRID"],
  ] as const)("%s answers %i %s with a message and writes nothing", async (_name, status, code, raw) => {
    const special: Record<string, () => string> = {
      PAST: () => "2020-01-06T21:00:00Z",
      Y9999: () => "9999-12-31T12:00:00Z",
      OFFGRID: () => new Date(Date.parse(freeStarts[0]!) + 7 * 60_000).toISOString(),
    };
    const body = special[raw] ? JSON.stringify({ procedureSlug: clinic.short.slug, startsAt: special[raw]() }) : raw;
    const before = await bookingWriteCounts(db);
    const res = await createRoute(post(body, { "Idempotency-Key": `bad-${code}-${status}` }));
    expect(res.status).toBe(status);
    const json = await res.json();
    expect(json.error.code).toBe(code);
    expect(json.error.message.length).toBeGreaterThan(15);
    const after = await bookingWriteCounts(db);
    // A refused time is remembered against its key (like any first answer); nothing else is written.
    expect({ ...after, idempotency: 0 }).toEqual({ ...before, idempotency: 0 });
    expect(after.idempotency - before.idempotency).toBeLessThanOrEqual(1);
  });

  it("refuses staff (they book from the staff console) and anonymous callers", async () => {
    caller = { ...caller!, role: "STAFF" };
    expect((await createRoute(post("{}"))).status).toBe(403);
    caller = null;
    expect((await createRoute(post("{}"))).status).toBe(401);
  });
});

describe("GET, reschedule and cancel", () => {
  it("a patient reads, moves and cancels their booking; another patient gets 404 for all of it", async () => {
    const owner = caller!;
    const created = await (await createRoute(post(JSON.stringify({ procedureSlug: clinic.short.slug, startsAt: takeSlot() })))).json();
    const id = created.booking.id as string;

    const list = await (await listRoute()).json();
    expect(list.upcoming.map((b: { id: string }) => b.id)).toEqual([id]);

    caller = await makePatient(db);
    expect((await getRoute(new Request("http://x"), params(id))).status).toBe(404);
    expect((await cancelRoute(new Request("http://x", { method: "POST" }), params(id))).status).toBe(404);
    const otherMove = await rescheduleRoute(
      new Request("http://x", { method: "POST", body: JSON.stringify({ startsAt: takeSlot() }) }),
      params(id),
    );
    expect(otherMove.status).toBe(404);

    caller = owner;
    const detail = await (await getRoute(new Request("http://x"), params(id))).json();
    expect(detail.booking.history).toHaveLength(1);

    const newStart = takeSlot();
    const moved = await rescheduleRoute(
      new Request("http://x", { method: "POST", body: JSON.stringify({ startsAt: newStart }) }),
      params(id),
    );
    expect(moved.status).toBe(200);
    expect((await moved.json()).booking.startsAt).toBe(newStart);

    const badMove = await rescheduleRoute(new Request("http://x", { method: "POST", body: "not json" }), params(id));
    expect(badMove.status).toBe(400);

    const cancelled = await cancelRoute(new Request("http://x", { method: "POST" }), params(id));
    expect(cancelled.status).toBe(200);
    expect((await cancelled.json()).booking.status).toBe("CANCELLED");
    const again = await cancelRoute(new Request("http://x", { method: "POST" }), params(id));
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toBe("This booking is already cancelled.");
  });
});

describe("POST /api/bookings for a procedure that requires screening", () => {
  const clearAnswers = wellAnswers();
  let screenedSlug: string;
  let screenedStarts: string[];
  beforeAll(async () => {
    const procedure = await db.procedure.create({
      data: {
        slug: `screened-${Date.now()}`,
        name: "Screened procedure",
        summary: "s",
        description: "d",
        durationMinutes: 30,
        bufferMinutes: 0,
        requiresScreening: true,
        practitioners: { create: [{ practitionerId: clinic.first.id }] },
      },
      select: { slug: true },
    });
    screenedSlug = procedure.slug;
    const today = clinicToday(new Date(), "Pacific/Auckland");
    const free = await findFreeSlots(screenedSlug, { from: addClinicDays(today, 25), to: addClinicDays(today, 40) });
    screenedStarts = free!.slots.map((s) => s.startsAt.toISOString());
  });
  let nextScreened = 0;
  const takeScreened = () => screenedStarts[(nextScreened += 5)]!;

  it("refuses a booking without the answers and writes nothing", async () => {
    const before = await bookingWriteCounts(db);
    const res = await createRoute(post(JSON.stringify({ procedureSlug: screenedSlug, startsAt: takeScreened() })));
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("SCREENING_REQUIRED");
    expect(body.error.fields.screening).toEqual(["Answer the health screening questions to book this procedure."]);
    expect(await bookingWriteCounts(db)).toEqual(before);
  });

  it("books CONFIRMED with clear answers and stores them with the booking", async () => {
    const res = await createRoute(post(JSON.stringify({ procedureSlug: screenedSlug, startsAt: takeScreened(), screening: clearAnswers })));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.booking.status).toBe("CONFIRMED");
    expect(body.screening).toMatchObject({ outcome: "CLEAR", reasons: [] });
    const stored = await db.screeningResponse.findMany({ where: { bookingId: body.booking.id }, select: { kind: true, outcome: true } });
    expect(stored).toEqual([{ kind: "BOOKING", outcome: "CLEAR" }]);
  });

  it("books FLAGGED when the patient has a cough, and says why", async () => {
    const res = await createRoute(
      post(JSON.stringify({ procedureSlug: screenedSlug, startsAt: takeScreened(), screening: { ...clearAnswers, symptoms: ["cough"] } })),
    );
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.booking.status).toBe("FLAGGED");
    expect(body.screening.outcome).toBe("FLAGGED");
    expect(body.screening.reasons.map((r: { code: string }) => r.code)).toContain("SYMPTOMS");
  });

  it("answers 422 naming the screening field for invalid answers, and writes nothing", async () => {
    const before = await bookingWriteCounts(db);
    const res = await createRoute(
      post(JSON.stringify({ procedureSlug: screenedSlug, startsAt: takeScreened(), screening: { ...clearAnswers, declaration: false } })),
    );
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.fields["screening.declaration"]).toEqual(["Please confirm the declaration to continue"]);
    expect(await bookingWriteCounts(db)).toEqual(before);
  });
});

describe("POST /api/bookings before the patient has completed their profile", () => {
  it("answers 403 PROFILE_INCOMPLETE and books nothing", async () => {
    const user = await db.user.create({ data: { email: `new-${Date.now()}@example.test`, role: "PATIENT" }, select: { id: true, email: true } });
    caller = { id: user.id, email: user.email, name: null, role: "PATIENT" };
    const before = await bookingWriteCounts(db);
    const res = await createRoute(post(JSON.stringify({ procedureSlug: clinic.short.slug, startsAt: takeSlot() })));
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("PROFILE_INCOMPLETE");
    expect(await bookingWriteCounts(db)).toEqual(before);
  });
});
