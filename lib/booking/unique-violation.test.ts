import { Prisma } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { isRawUniqueViolation, isUniqueViolation } from "./unique-violation";

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

// A raw statement's refusal (Prisma 6.19, both adapters): P2010, columns but no model.
const p2010 = (fields: string[]) =>
  new Prisma.PrismaClientKnownRequestError("Raw query failed", {
    code: "P2010",
    clientVersion: "6.19.0",
    meta: {
      driverAdapterError: {
        name: "DriverAdapterError",
        cause: { kind: "UniqueConstraintViolation", constraint: { fields } },
      },
    },
  });

describe("isRawUniqueViolation", () => {
  it("recognises a raw insert's unique violation, on the columns asked about", () => {
    expect(isRawUniqueViolation(p2010(["practitionerId", "cellStart"]))).toBe(true);
    expect(isRawUniqueViolation(p2010(['"reference"']), ["reference"])).toBe(true);
    expect(isRawUniqueViolation(p2010(["id"]), ["reference"])).toBe(false);
  });

  it("recognises the same refusal from a transaction on the driver (the adapter's own error)", () => {
    const fromDriver = (kind: string, fields?: string[]) =>
      Object.assign(new Error(kind), { name: "DriverAdapterError", cause: { kind, constraint: fields ? { fields } : undefined } });
    expect(isRawUniqueViolation(fromDriver("UniqueConstraintViolation", ["userId", "key"]), ["userId", "key"])).toBe(true);
    expect(isRawUniqueViolation(fromDriver("UniqueConstraintViolation", ["id"]), ["reference"])).toBe(false);
    expect(isRawUniqueViolation(fromDriver("ForeignKeyConstraintViolation"))).toBe(false);
  });

  it("ignores model-call errors and other raw failures", () => {
    expect(isRawUniqueViolation(p2002("Booking", ["reference"]), ["reference"])).toBe(false);
    const fk = new Prisma.PrismaClientKnownRequestError("Raw query failed", {
      code: "P2010",
      clientVersion: "6.19.0",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "ForeignKeyConstraintViolation" } } },
    });
    expect(isRawUniqueViolation(fk)).toBe(false);
    expect(isRawUniqueViolation(new Error("boom"))).toBe(false);
  });
});
