import { describe, expect, it } from "vitest";
import * as z from "zod";
import { createBookingSchema, idempotencyKeySchema, rescheduleBookingSchema } from "./booking-schemas";

const fieldErrors = (error: z.ZodError) => z.flattenError(error).fieldErrors as Record<string, string[]>;

describe("createBookingSchema", () => {
  it("accepts what the slot picker sends and turns the start into an instant", () => {
    const parsed = createBookingSchema.parse({ procedureSlug: "initial-consultation", startsAt: "2026-12-07T20:00:00.000Z" });
    expect(parsed.startsAt).toEqual(new Date("2026-12-07T20:00:00Z"));
    expect(parsed.practitionerId).toBeUndefined();
  });

  it("accepts a start written with a +13:00 offset as the same instant", () => {
    const parsed = createBookingSchema.parse({ procedureSlug: "x", startsAt: "2026-12-08T09:00:00+13:00" });
    expect(parsed.startsAt.toISOString()).toBe("2026-12-07T20:00:00.000Z");
  });

  it("keeps a chosen practitioner and treats an empty one as 'whoever is free'", () => {
    const base = { procedureSlug: "x", startsAt: "2026-12-07T20:00:00Z" };
    expect(createBookingSchema.parse({ ...base, practitionerId: "p1" }).practitionerId).toBe("p1");
    expect(createBookingSchema.parse({ ...base, practitionerId: "" }).practitionerId).toBeUndefined();
  });

  it.each([
    ["a start with no time zone (ambiguous)", { procedureSlug: "x", startsAt: "2026-12-07T20:00:00" }, "startsAt"],
    ["a start that is not a date", { procedureSlug: "x", startsAt: "next tuesday" }, "startsAt"],
    ["an impossible date", { procedureSlug: "x", startsAt: "2026-02-30T20:00:00Z" }, "startsAt"],
    ["a number instead of a start", { procedureSlug: "x", startsAt: 1767000000000 }, "startsAt"],
    ["no start", { procedureSlug: "x" }, "startsAt"],
    ["no procedure", { startsAt: "2026-12-07T20:00:00Z" }, "procedureSlug"],
    ["an empty procedure", { procedureSlug: "  ", startsAt: "2026-12-07T20:00:00Z" }, "procedureSlug"],
  ])("refuses %s with a message beside the field", (_name, input, field) => {
    const result = createBookingSchema.safeParse(input);
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!);
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field]![0]).toMatch(/^Choose/);
  });
});

describe("rescheduleBookingSchema", () => {
  it("needs only the new start", () => {
    expect(rescheduleBookingSchema.parse({ startsAt: "2026-12-07T20:00:00Z" }).startsAt).toEqual(
      new Date("2026-12-07T20:00:00Z"),
    );
    expect(rescheduleBookingSchema.safeParse({}).success).toBe(false);
  });
});

describe("idempotencyKeySchema", () => {
  it.each([
    ["a UUID", "0b6a0f1e-3c1d-4f38-9f7e-2f1b6d0c9a11", true],
    ["an empty key", "", false],
    ["a key with spaces inside", "a b", false],
    ["a very long key", "k".repeat(256), false],
  ])("%s", (_name, key, ok) => {
    expect(idempotencyKeySchema.safeParse(key).success).toBe(ok);
  });
});
