import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { NOW, THU_1000, seedClinic } from "@/tests/support/booking-fixtures";
import { makePatient } from "@/tests/support/people";
import { resultOrRefusal } from "@/tests/support/refusal-of";
import { createScreenedBooking } from "./create-screened-booking";
import { wellAnswers } from "@/lib/screening/well-answers";

let clinic: Awaited<ReturnType<typeof seedClinic>>;
beforeAll(async () => {
  clinic = await seedClinic(db);
});

const rowsFor = (bookingId: string) =>
  db.screeningResponse.findMany({ where: { bookingId }, select: { kind: true, outcome: true, questionnaireVersion: true } });

describe("createScreenedBooking", { timeout: 20_000 }, () => {
  it("confirms a booking with clear answers and stores them as its BOOKING response", async () => {
    const patient = await makePatient(db);
    const result = await createScreenedBooking(patient, { procedureSlug: clinic.short.slug, startsAt: THU_1000 }, wellAnswers(), NOW);
    if (!result.ok) throw new Error("expected a booking");
    expect(result.booking.status).toBe("CONFIRMED");
    expect(await rowsFor(result.booking.id)).toEqual([{ kind: "BOOKING", outcome: "CLEAR", questionnaireVersion: 1 }]);
  });

  it("books a cold as FLAGGED, with the reason and the earliest suggested date", async () => {
    const { long } = await seedClinic(db);
    const patient = await makePatient(db);
    const result = await createScreenedBooking(
      patient,
      { procedureSlug: long.slug, startsAt: THU_1000 },
      wellAnswers({ symptoms: ["cold"] }),
      NOW,
    );
    if (!result.ok) throw new Error("expected a booking");
    expect(result.booking.status).toBe("FLAGGED");
    expect(result.assessment).toMatchObject({ outcome: "FLAGGED", earliestSuggestedDate: "2026-12-16" });
    expect(await rowsFor(result.booking.id)).toEqual([{ kind: "BOOKING", outcome: "FLAGGED", questionnaireVersion: 1 }]);
  });

  it("books nothing when the answers are invalid", async () => {
    const patient = await makePatient(db);
    const before = await db.booking.count();
    const result = await resultOrRefusal(
      createScreenedBooking(patient, { procedureSlug: clinic.short.slug, startsAt: THU_1000 }, { ...wellAnswers(), declaration: false }, NOW),
    );
    expect(result).toMatchObject({ ok: false, formErrors: [], fieldErrors: { declaration: ["Please confirm the declaration to continue"] } });
    expect(await db.booking.count()).toBe(before);
  });

  it("stores no answers when the booking is refused (the time is no longer free)", async () => {
    const { short } = await seedClinic(db);
    const [first, second] = [await makePatient(db), await makePatient(db)];
    // Both practitioners are booked at that time, so a third booking is refused.
    await createScreenedBooking(first, { procedureSlug: short.slug, startsAt: THU_1000 }, wellAnswers(), NOW);
    await createScreenedBooking(second, { procedureSlug: short.slug, startsAt: THU_1000 }, wellAnswers(), NOW);
    const third = await makePatient(db);
    const responsesBefore = await db.screeningResponse.count();
    await expect(
      createScreenedBooking(third, { procedureSlug: short.slug, startsAt: THU_1000 }, wellAnswers({ symptoms: ["cough"] }), NOW),
    ).rejects.toBeInstanceOf(DomainError);
    expect(await db.screeningResponse.count()).toBe(responsesBefore);
  });
});
