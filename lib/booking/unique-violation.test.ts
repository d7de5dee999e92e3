import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "./unique-violation";

// The shape the better-sqlite3 adapter really produces (captured from Prisma 6.19).
const p2002 = (modelName: string, fields: string[]) =>
  new Prisma.PrismaClientKnownRequestError("Unique constraint failed", {
    code: "P2002",
    clientVersion: "6.19.0",
    meta: {
      modelName,
      driverAdapterError: {
        name: "DriverAdapterError",
        cause: { kind: "UniqueConstraintViolation", constraint: { fields } },
      },
    },
  });

describe("isUniqueViolation", () => {
  it("recognises a slot claim collision", () => {
    expect(isUniqueViolation(p2002("SlotClaim", ["practitionerId", "cellStart"]), "SlotClaim")).toBe(true);
  });

  it("tells a reference collision from a slot collision", () => {
    const error = p2002("Booking", ["reference"]);
    expect(isUniqueViolation(error, "Booking", ["reference"])).toBe(true);
    expect(isUniqueViolation(error, "SlotClaim")).toBe(false);
  });

  it("recognises a reference collision as the PostgreSQL adapter reports it (quoted camelCase columns)", () => {
    expect(isUniqueViolation(p2002("Booking", ["reference"]), "Booking", ["reference"])).toBe(true);
    expect(isUniqueViolation(p2002("SlotClaim", ['"practitionerId"', '"cellStart"']), "SlotClaim", ["practitionerId", "cellStart"])).toBe(true);
  });

  it("ignores other errors", () => {
    expect(isUniqueViolation(new Error("boom"), "SlotClaim")).toBe(false);
    const fk = new Prisma.PrismaClientKnownRequestError("FK", { code: "P2003", clientVersion: "6.19.0", meta: { modelName: "SlotClaim" } });
    expect(isUniqueViolation(fk, "SlotClaim")).toBe(false);
  });
});
