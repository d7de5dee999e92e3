import { describe, expect, it } from "vitest";
import { queueCsv } from "./queue-export";

const now = new Date("2026-03-09T22:00:00Z");

describe("queueCsv", () => {
  const csv = queueCsv(
    [
      {
        reference: "CB-7K3Q9",
        status: "FLAGGED",
        startsAt: new Date("2026-03-10T20:30:00Z"), // 9:30 am NZDT, 11 March
        patientName: "Thompson, Mere",
        procedureName: "MSC infusion",
        reasons: [
          { code: "SYMPTOMS", message: "You told us you have a cough and feel feverish." },
          { code: "CLOSE_CONTACT", message: "Close contact with flu." },
        ],
        flaggedSince: new Date("2026-03-09T19:00:00Z"),
      },
    ],
    "Pacific/Auckland",
    now,
  );
  const lines = csv.split("\r\n");

  it("has the queue's columns, in clinic time, one row per booking", () => {
    expect(lines[0]).toBe("Reference,Patient,Procedure,Date,Time,Status,Reasons,Waiting");
    expect(lines[1]).toBe('CB-7K3Q9,"Thompson, Mere",MSC infusion,2026-03-11,9:30 am,FLAGGED,"Symptoms; Close contact",3 h');
    expect(lines[2]).toBe("");
  });

  it("carries the reason chips only, not the messages that quote the patient", () => {
    expect(csv).not.toContain("cough");
    expect(csv).not.toContain("flu");
  });
});
