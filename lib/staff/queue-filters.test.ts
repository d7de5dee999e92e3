import { describe, expect, it } from "vitest";
import * as z from "zod";
import { pageWindow } from "./pagination";
import { queueFiltersQuery, queueFiltersSchema, referencePrefix } from "./queue-filters";

describe("queueFiltersSchema", () => {
  it("defaults to flagged bookings, first page", () => {
    expect(queueFiltersSchema.parse({})).toEqual({ status: "FLAGGED", page: 1 });
  });

  it("treats blank form fields as not set", () => {
    expect(queueFiltersSchema.parse({ status: "", from: "", to: " ", procedure: "", q: "", page: "" })).toEqual({
      status: "FLAGGED",
      page: 1,
    });
  });

  it("reads every filter", () => {
    expect(
      queueFiltersSchema.parse({ status: "confirmed", from: "2026-03-01", to: "2026-03-31", procedure: "msc-infusion", q: " Mere ", page: "3" }),
    ).toEqual({ status: "CONFIRMED", from: "2026-03-01", to: "2026-03-31", procedure: "msc-infusion", q: "Mere", page: 3 });
  });

  it.each([
    ["an unknown status", { status: "LOST" }, "status"],
    ["a date that does not exist", { from: "2026-02-30" }, "from"],
    // The next day of 9999-12-31 cannot be written YYYY-MM-DD: the query used to throw (500).
    ["a date in the year 9999", { to: "9999-12-31" }, "to"],
    ["a range that runs backwards", { from: "2026-03-10", to: "2026-03-01" }, "to"],
    ["page zero", { page: "0" }, "page"],
    ["a page that is not a number", { page: "two" }, "page"],
  ])("refuses %s with a field error", (_case, input, field) => {
    const result = queueFiltersSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(Object.keys(z.flattenError(result.error!).fieldErrors)).toContain(field);
  });
});

describe("queueFiltersQuery", () => {
  it("keeps only what differs from the defaults", () => {
    expect(queueFiltersQuery({ status: "FLAGGED", q: "Mere T" }, 2)).toBe("q=Mere+T&page=2");
  });
});

describe("referencePrefix", () => {
  it.each([
    ["CB-7K3Q9", "CB-7K3Q9"],
    ["cb-7k3", "CB-7K3"],
    ["cb7k3q9", "CB-7K3Q9"],
    ["Mere", null],
    ["CB-7K3Q9X", null],
  ])("%s → %s", (q, expected) => {
    expect(referencePrefix(q)).toBe(expected);
  });
});

describe("pageWindow", () => {
  it("shows first, last and the pages around the current one", () => {
    expect(pageWindow(10, 25 * 40, 25).pages).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 40]);
  });

  it("has one page when there is nothing to show", () => {
    expect(pageWindow(1, 0, 25)).toEqual({ page: 1, pageCount: 1, pages: [1] });
  });
});
