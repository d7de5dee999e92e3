import { describe, expect, it } from "vitest";
import * as z from "zod";
import { slotQuerySchema } from "./slot-query-schema";

const fieldErrors = (input: unknown) => {
  const result = slotQuerySchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("slotQuerySchema", () => {
  it.each([
    { case: "a single day", from: "2026-12-07", to: "2026-12-07" },
    { case: "a Monday–Sunday week", from: "2026-12-07", to: "2026-12-13" },
    { case: "exactly 31 days", from: "2026-12-01", to: "2026-12-31" },
    { case: "31 days across a year end", from: "2026-12-15", to: "2027-01-14" },
    { case: "a leap day", from: "2028-02-29", to: "2028-03-01" },
  ])("accepts $case", ({ from, to }) => {
    expect(slotQuerySchema.parse({ from, to })).toEqual({ from, to });
  });

  const realDate = "Enter a real date as YYYY-MM-DD";
  it.each([
    { case: "an impossible date (30 February)", input: { from: "2026-02-30", to: "2026-03-02" }, errors: { from: [realDate] } },
    { case: "29 February in a common year", input: { from: "2026-02-01", to: "2026-02-29" }, errors: { to: [realDate] } },
    { case: "a date without leading zeros", input: { from: "2026-2-3", to: "2026-02-04" }, errors: { from: [realDate] } },
    { case: "a New Zealand-style date", input: { from: "07/12/2026", to: "2026-12-08" }, errors: { from: [realDate] } },
    { case: "a missing end date", input: { from: "2026-12-07" }, errors: { to: [realDate] } },
    { case: "a number instead of text", input: { from: 20261207, to: "2026-12-08" }, errors: { from: [realDate] } },
    {
      case: "an end before the start",
      input: { from: "2026-12-08", to: "2026-12-07" },
      errors: { to: ["The end date must be on or after the start date"] },
    },
    { case: "32 days", input: { from: "2026-12-01", to: "2027-01-01" }, errors: { to: ["Ask for at most 31 days at a time"] } },
    { case: "a whole year", input: { from: "2026-01-01", to: "2026-12-31" }, errors: { to: ["Ask for at most 31 days at a time"] } },
    { case: "two bad dates", input: { from: "soon", to: "later" }, errors: { from: [realDate], to: [realDate] } },
  ])("refuses $case with a message for the field", ({ input, errors }) => {
    expect(fieldErrors(input)).toEqual(errors);
  });

  it("infers string dates as its output type", () => {
    const query: z.infer<typeof slotQuerySchema> = slotQuerySchema.parse({ from: "2026-12-07", to: "2026-12-13" });
    expect(query.from).toBe("2026-12-07");
  });
});
