import { describe, expect, it } from "vitest";
import { postponementLinks, rebookHref } from "./postponement-links";
import { at } from "@/lib/screening/test-fixtures";

const booking = { id: "bk1", startsAt: at("2025-06-19", "10:00") };

describe("postponementLinks", () => {
  it("opens the reschedule page on the week of the earliest suggested date", () => {
    expect(postponementLinks(booking, "2025-07-02", at("2025-06-10")).rescheduleHref).toBe(
      "/bookings/bk1/reschedule?week=2025-07-02",
    );
  });

  it("opens the reschedule page on its default week when no date is suggested", () => {
    expect(postponementLinks(booking, null, at("2025-06-10"))).toEqual({
      rescheduleHref: "/bookings/bk1/reschedule",
      cancelHref: "/bookings/bk1/cancel",
    });
  });

  it("offers no online change within 24 hours of the start (the patient phones instead)", () => {
    expect(postponementLinks(booking, "2025-07-02", at("2025-06-18", "11:00"))).toEqual({
      rescheduleHref: null,
      cancelHref: null,
    });
  });
});

describe("rebookHref", () => {
  it("opens the procedure's slot picker on the week of the earliest suggested date", () => {
    expect(rebookHref("joint-injection", "2025-07-02")).toBe("/procedures/joint-injection?week=2025-07-02");
  });

  it("opens the slot picker on its first bookable week when no date is suggested", () => {
    expect(rebookHref("joint-injection", null)).toBe("/procedures/joint-injection");
  });
});
