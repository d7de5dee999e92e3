// The staff API's POST bodies: anything a client sends gets a 4xx with the
// API's error body, never a 500 and never an unbounded read.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { ensureClinic } from "@/lib/staff/test-data";

let caller: CurrentUser;
vi.mock("@/lib/auth/guards", () => ({ authenticateApi: async () => ({ ok: true, user: caller }) }));

const { POST: timeOffRoute } = await import("@/app/api/staff/time-off/route");
const { POST: decisionRoute } = await import("@/app/api/staff/bookings/[id]/decision/route");

beforeAll(async () => {
  // The clinic row holds the time zone the time-off form is read in.
  await ensureClinic(db);
  const user = await db.user.create({ data: { email: `staff-${Date.now()}@example.test`, role: "STAFF" }, select: { id: true, email: true } });
  caller = { id: user.id, email: user.email, name: "Sam Staff", role: "STAFF" };
});

const post = (body: string) => new Request("http://localhost/api/staff/x", { method: "POST", headers: { "content-type": "application/json" }, body });
const call = {
  "time off": (body: string) => timeOffRoute(post(body)),
  decision: (body: string) => decisionRoute(post(body), { params: Promise.resolve({ id: "no-such-booking" }) } as never),
};

describe.each(Object.entries(call))("POST %s", (_name, route) => {
  it("refuses a body over 10 KB with 413 without parsing it", async () => {
    const res = await route(JSON.stringify({ reason: "x".repeat(20_000), note: "x".repeat(20_000) }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("answers malformed JSON with 400 INVALID_JSON, like the booking API", async () => {
    const res = await route("{ not json");
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("INVALID_JSON");
  });

  it.each(["[]", "null", "42", "{}"])("answers %s with 422 VALIDATION_FAILED", async (body) => {
    const res = await route(body);
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe("VALIDATION_FAILED");
  });
});
