import { expect, test } from "./fixtures";

const slotsUrl = (slug: string, query: string) => `/api/procedures/${slug}/slots?${query}`;

function isoDate(offsetDays: number) {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

test("GET /api/procedures lists the catalogue", { tag: "@postgres" }, async ({ request }) => {
  const res = await request.get("/api/procedures");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.procedures.map((p: { slug: string }) => p.slug)).toContain("ucmsc-infusion-autoimmune");
});

test("GET slots returns free times in UTC with the clinic's time zone", { tag: "@postgres" }, async ({ request }) => {
  const res = await request.get(slotsUrl("initial-consultation", `from=${isoDate(2)}&to=${isoDate(15)}`));
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.timeZone).toBe("Pacific/Auckland");
  expect(body.slots.length).toBeGreaterThan(0);
  const first = body.slots[0];
  expect(first.startsAt).toMatch(/Z$/);
  expect(new Date(first.endsAt).getTime() - new Date(first.startsAt).getTime()).toBe(45 * 60_000);
  expect(first.practitioners.length).toBeGreaterThan(0);
});

for (const [name, query, field, message] of [
  ["a malformed date", "from=2026-1-5&to=2026-01-10", "from", "Enter a real date as YYYY-MM-DD"],
  ["an impossible date", "from=2026-02-30&to=2026-03-02", "from", "Enter a real date as YYYY-MM-DD"],
  ["an end before the start", "from=2026-12-10&to=2026-12-01", "to", "The end date must be on or after the start date"],
  ["more than 31 days", "from=2026-12-01&to=2027-01-01", "to", "Ask for at most 31 days at a time"],
  ["missing dates", "", "from", "Enter a real date as YYYY-MM-DD"],
] as const) {
  test(`GET slots with ${name} answers 422 with a readable field message`, async ({ request }) => {
    const res = await request.get(slotsUrl("initial-consultation", query));
    expect(res.status()).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.fields[field]).toContain(message);
  });
}

test("GET slots for an unknown procedure answers 404", async ({ request }) => {
  const res = await request.get(slotsUrl("no-such-procedure", `from=${isoDate(2)}&to=${isoDate(3)}`));
  expect(res.status()).toBe(404);
  expect((await res.json()).error.code).toBe("NOT_FOUND");
});
