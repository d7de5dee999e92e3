import { describe, expect, it } from "vitest";
import { describeAuditAction, describeAuditDetails } from "./describe-audit-event";

const names = {
  timeZone: "Pacific/Auckland",
  practitioners: new Map([["prac-1", "Dr Aroha Ngata"]]),
  procedures: new Map([["initial-consultation", "Initial consultation"]]),
};

describe("audit actions in words", () => {
  it.each([
    ["screening.viewed", {}, "Viewed health answers"],
    ["booking.reviewed", { decision: "CLEAR_TO_PROCEED" }, "Cleared for procedure"],
    ["booking.reviewed", { decision: "POSTPONE" }, "Postponed after review"],
    ["booking.created", { channel: "phone" }, "Booked by phone"],
    ["booking.created", {}, "Booked online"],
    ["screening.submitted", { kind: "PRE_PROCEDURE" }, "Answered the check-in questions"],
    ["fhir.QuestionnaireResponse.search", {}, "Searched health answers through the FHIR API"],
    ["something.new_here", {}, "Something new here"],
  ])("%s %j reads as %s", (action, details, words) => {
    expect(describeAuditAction(action, details)).toBe(words);
  });
});

describe("audit details as labelled fields", () => {
  it("names practitioners and procedures, writes statuses and times in words, and never shows a stored key", () => {
    const fields = describeAuditDetails(
      {
        reference: "CB-7K3Q9",
        status: "FLAGGED",
        procedure: "initial-consultation",
        practitionerId: "prac-1",
        channel: "phone",
        fromStart: "2026-12-06T20:00:00.000Z",
        someNewKey: 3,
      },
      names,
    );
    expect(fields).toEqual([
      { label: "How", value: "By phone, by staff" },
      { label: "Procedure", value: "Initial consultation" },
      { label: "Practitioner", value: "Dr Aroha Ngata" },
      { label: "Status", value: "Awaiting review" },
      { label: "Previous time", value: expect.stringContaining("7 December 2026") },
      { label: "Some new key", value: "3" },
    ]);
    const text = JSON.stringify(fields);
    for (const key of ["practitionerId", "fromStart", "someNewKey", "reference"]) expect(text).not.toContain(key);
  });
});
