import { describe, expect, it } from "vitest";
import { withReadablePage } from "./filter-fields";
import { isPastTheEnd } from "./pagination";
import { queueFiltersSchema } from "./queue-filters";

describe("withReadablePage", () => {
  it.each([
    ["a negative page", "-1"],
    ["a page that is not a number", "abc"],
    ["page zero", "0"],
    ["a page far out of range", "1000000"],
  ])("reads %s as page 1, keeping the other filters", (_case, page) => {
    const raw = withReadablePage({ q: "Mere", page });
    expect(queueFiltersSchema.safeParse(raw)).toMatchObject({ success: true, data: { q: "Mere", page: 1 } });
  });

  it("keeps a page that can be read", () => {
    expect(withReadablePage({ page: "3" })).toEqual({ page: "3" });
  });
});

describe("isPastTheEnd", () => {
  it.each([
    ["a page after the last", 99999, 1, 25, true],
    ["the last page", 2, 26, 25, false],
    ["the first page of nothing", 1, 0, 25, false],
    ["a later page of nothing", 3, 0, 25, false],
  ])("%s", (_case, page, total, pageSize, expected) => {
    expect(isPastTheEnd(page, total, pageSize)).toBe(expected);
  });
});
