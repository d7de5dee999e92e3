import { describe, expect, it } from "vitest";
import * as z from "zod";
import { rebookInvitationEmail, rebookLink } from "./decision-messages";
import { domainMessage } from "@/lib/messages/domain-messages";
import { decidedWhen, decisionSchema, describeDecision, type ReviewDecision } from "./decision-schema";

const alreadyDecidedMessage = (first: { reviewerName: string; decision: ReviewDecision; decidedAt: Date }, now: Date, zone: string) =>
  domainMessage("ALREADY_DECIDED", {
    reviewerName: first.reviewerName,
    decision: describeDecision(first.decision),
    when: decidedWhen(first.decidedAt, now, zone),
  });

const ZONE = "Pacific/Auckland";

describe("decisionSchema", () => {
  it("needs a note to clear a booking to proceed", () => {
    const result = decisionSchema.safeParse({ decision: "CLEAR_TO_PROCEED", note: "   ", expectedVersion: 2 });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).fieldErrors.note).toEqual(["Write a note saying why this booking can go ahead"]);
  });

  it("accepts a postponement without a note", () => {
    expect(decisionSchema.parse({ decision: "POSTPONE", expectedVersion: "3" })).toEqual({
      decision: "POSTPONE",
      note: "",
      patientMessage: "",
      expectedVersion: 3,
    });
  });

  it("refuses an unknown decision and a missing version", () => {
    const result = decisionSchema.safeParse({ decision: "APPROVE" });
    expect(Object.keys(z.flattenError(result.error!).fieldErrors).sort()).toEqual(["decision", "expectedVersion"]);
  });
});

describe("the ALREADY_DECIDED message", () => {
  const decidedAt = new Date("2026-03-09T21:42:00Z"); // 10:42 am NZDT on 10 March

  it("names who decided what, and when", () => {
    expect(
      alreadyDecidedMessage({ reviewerName: "Sam Patel", decision: "CLEAR_TO_PROCEED", decidedAt }, new Date("2026-03-09T22:00:00Z"), ZONE),
    ).toBe("Sam Patel already cleared this booking to proceed at 10:42 am. Reload to see the booking as it is now.");
  });

  it("adds the day when it was not today", () => {
    expect(
      alreadyDecidedMessage({ reviewerName: "Sam Patel", decision: "POSTPONE", decidedAt }, new Date("2026-03-11T22:00:00Z"), ZONE),
    ).toBe("Sam Patel already postponed this booking at 10:42 am on Tuesday 10 March 2026. Reload to see the booking as it is now.");
  });
});

describe("rebookInvitationEmail", () => {
  it("links to the procedure's week of the suggested date", () => {
    const email = rebookInvitationEmail({
      booking: { reference: "CB-7K3Q9", procedureName: "MSC infusion", procedureSlug: "msc-infusion" },
      clinic: { name: "Clinic", phone: "09 555 0100", timeZone: ZONE },
      siteUrl: "https://clinic.example",
      suggestedDate: "2026-03-24",
      patientMessage: "",
    });
    expect(email.text).toContain("https://clinic.example/procedures/msc-infusion?week=2026-03-24");
    expect(email.text).toContain("from Tuesday 24 March 2026 onwards");
    expect(email.kind).toBe("rebook-invitation");
  });

  it("links to the procedure without a week when no date was suggested", () => {
    expect(rebookLink("https://c.example", "msc-infusion", null)).toBe("https://c.example/procedures/msc-infusion");
  });
});
