import { describe, expect, it } from "vitest";
import { chosenTimeFromReturnPath } from "./chosen-time";

describe("chosenTimeFromReturnPath (the time shown while signing in)", () => {
  it("reads the procedure and start of a book page", () => {
    expect(chosenTimeFromReturnPath("/procedures/follow-up-review/book?start=2026-12-07T20%3A00%3A00.000Z")).toEqual({
      procedureSlug: "follow-up-review",
      startsAt: new Date("2026-12-07T20:00:00.000Z"),
    });
  });

  it.each([
    ["another page", "/bookings"],
    ["a book page without a time", "/procedures/follow-up-review/book"],
    ["a time that is not an instant", "/procedures/follow-up-review/book?start=tomorrow"],
    ["a nested path", "/procedures/a/b/book?start=2026-12-07T20:00:00.000Z"],
    ["another site", "//evil.example/procedures/x/book?start=2026-12-07T20:00:00.000Z"],
  ])("shows nothing for %s", (_name, path) => {
    expect(chosenTimeFromReturnPath(path)).toBeNull();
  });
});
