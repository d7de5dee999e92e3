import { describe, expect, it } from "vitest";
import { bookingCalendarFile, calendarMethodOf } from "./booking-calendar";
import { clinicDateAndTime, confirmationEmail, describeChange, statusChangeEmail } from "./booking-messages";

const ZONE = "Pacific/Auckland";
const clinic = { name: "Harbourside", timeZone: ZONE, phone: "09 555 0142", address: "18 Quay Street, Auckland", notice: "Stay home if unwell." };
const booking = {
  reference: "CB-7K3Q9",
  procedureName: "Initial consultation",
  practitionerName: "Dr Aroha Ngata",
  startsAt: new Date("2026-12-07T20:00:00Z"),
  status: "CONFIRMED" as const,
};

describe("clinic time on pages and in email", () => {
  it("says New Zealand time with the zone abbreviation, in summer and in winter", () => {
    expect(clinicDateAndTime(new Date("2026-12-07T20:00:00Z"), ZONE)).toEqual({
      date: "Tuesday 8 December 2026",
      time: "9:00 am New Zealand time (NZDT)",
    });
    expect(clinicDateAndTime(new Date("2026-07-07T21:00:00Z"), ZONE).time).toBe("9:00 am New Zealand time (NZST)");
  });

  it("the confirmation email carries reference, procedure, clinic time, practitioner and address", () => {
    const email = confirmationEmail(booking, clinic);
    expect(email.subject).toBe("Booking confirmed: Initial consultation (CB-7K3Q9)");
    expect(email.text).toContain("When: Tuesday 8 December 2026 at 9:00 am New Zealand time (NZDT)");
    expect(email.text).toContain("With: Dr Aroha Ngata");
    expect(email.text).toContain("Where: Harbourside, 18 Quay Street, Auckland");
    expect(email.text).toContain("09 555 0142");
  });

  it("only status changes the patient must hear about produce an email", () => {
    expect(statusChangeEmail({ ...booking, status: "CANCELLED" }, clinic)?.kind).toBe("booking-cancelled");
    expect(statusChangeEmail({ ...booking, status: "COMPLETED" }, clinic)).toBeNull();
  });
});

describe("calendar file", () => {
  const file = bookingCalendarFile(
    { id: "b1", reference: "CB-7K3Q9", procedureName: "Initial consultation", practitionerName: "Dr Aroha Ngata", startsAt: booking.startsAt, endsAt: new Date("2026-12-07T20:45:00Z"), version: 3 },
    clinic,
    new Date("2026-12-01T00:00:00Z"),
  );

  it("gives the times in UTC so every calendar shows the clinic's 9:00 am correctly", () => {
    expect(file).toContain("DTSTART:20261207T200000Z");
    expect(file).toContain("DTEND:20261207T204500Z");
    expect(file).toContain("DTSTAMP:20261201T000000Z");
  });

  it("names the clinic address, the reference and the procedure, and keeps one UID per booking", () => {
    expect(file).toContain("LOCATION:Harbourside\\, 18 Quay Street\\, Auckland");
    expect(file).toContain("CB-7K3Q9");
    expect(file).toContain("SUMMARY:Initial consultation — Harbourside");
    expect(file).toContain("UID:b1@clinic-booking");
    expect(file).toContain("SEQUENCE:3");
  });

  it("publishes a booking, and sends a cancelled one as METHOD:CANCEL with the same UID and a higher SEQUENCE so calendars remove it", () => {
    expect(file).toContain("METHOD:PUBLISH");
    expect(calendarMethodOf(file)).toBe("PUBLISH");
    const cancelled = bookingCalendarFile(
      { id: "b1", reference: "CB-7K3Q9", procedureName: "Initial consultation", practitionerName: "Dr Aroha Ngata", startsAt: booking.startsAt, endsAt: new Date("2026-12-07T20:45:00Z"), version: 4, cancelled: true },
      clinic,
      new Date("2026-12-02T00:00:00Z"),
    );
    expect(cancelled).toContain("METHOD:CANCEL");
    expect(cancelled).not.toContain("METHOD:PUBLISH");
    expect(cancelled).toContain("STATUS:CANCELLED");
    expect(cancelled).toContain("UID:b1@clinic-booking");
    expect(cancelled).toContain("SEQUENCE:4");
    expect(calendarMethodOf(cancelled)).toBe("CANCEL");
  });
});

describe("history lines", () => {
  const base = { actorId: "p1", fromStatus: null, toStatus: "CONFIRMED" as const, fromStart: null, toStart: booking.startsAt, reason: "" };
  it.each([
    ["a booking", base, "Booked by you for Tuesday 8 December 2026, 9:00 am"],
    [
      "a move",
      { ...base, fromStatus: "CONFIRMED" as const, fromStart: booking.startsAt, toStart: new Date("2026-12-08T20:00:00Z") },
      "Moved by you from Tuesday 8 December 2026, 9:00 am to Wednesday 9 December 2026, 9:00 am",
    ],
    ["a cancellation by the clinic", { ...base, actorId: "s1", fromStatus: "CONFIRMED" as const, toStatus: "CANCELLED" as const, toStart: null }, "Cancelled by the clinic"],
  ])("%s", (_name, change, line) => {
    expect(describeChange(change, "p1", ZONE)).toBe(line);
  });
});
