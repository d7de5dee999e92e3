import { describe, expect, it } from "vitest";
import ical from "node-ical";
import { practitionerFeed } from "./practitioner-feed";

const base = { practitionerName: "Dr Mere Tane", clinic: { name: "Test Clinic", address: "1 Test St" }, now: new Date("2026-11-26T00:00:00Z") };

describe("practitioner feed", () => {
  it("with no bookings is still a valid, named calendar a calendar app can subscribe to", () => {
    const text = practitionerFeed({ ...base, bookings: [], showPatientNames: false });
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\n/);
    expect(text).toContain("X-WR-CALNAME:Dr Mere Tane — Test Clinic");
    expect(Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === "VEVENT")).toEqual([]);
  });

  it("writes times in UTC with the booking's version as SEQUENCE", () => {
    const text = practitionerFeed({
      ...base,
      showPatientNames: false,
      bookings: [{ id: "b1", procedureName: "Infusion", startsAt: new Date("2026-12-02T20:00:00Z"), endsAt: new Date("2026-12-02T23:00:00Z"), version: 4, patientName: "Aroha" }],
    });
    expect(text).toContain("DTSTART:20261202T200000Z");
    expect(text).toContain("SEQUENCE:4");
    expect(text).toContain("SUMMARY:Infusion\r\n");
    expect(text).not.toContain("Aroha");
  });
});
