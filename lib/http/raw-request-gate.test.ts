import { describe, expect, it } from "vitest";
import { refuseRequestTarget } from "./raw-request-gate";

describe("raw request-targets", () => {
  it.each([["*"], ["/api/bookings/%ZZ"], ["/bookings/%E0%A4%A"], ["/procedures/%"], ["http://evil.example/"]])("refuses %s with 400", (target) => {
    expect(refuseRequestTarget(target)?.status).toBe(400);
  });

  it.each([["/"], ["/api/bookings/abc?x=%ZZ"], ["/procedures/m%C4%81ori"], ["/api/staff/queue?q=%25"]])("lets %s through", (target) => {
    expect(refuseRequestTarget(target)).toBeNull();
  });
});
