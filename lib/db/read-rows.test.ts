import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./create-client";
import { placeholder, readRows, shareAdapter } from "./read-rows";

// readRows hands plain SQL to the adapter Prisma uses; on SQLite and PostgreSQL
// it must read what Prisma would read, and nothing a transaction has not committed.

const db = createPrismaClient(process.env.DATABASE_URL);
afterAll(() => db.$disconnect());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const clinic = (id: string) => ({ id, name: `Clinic ${id}`, timeZone: "UTC", notice: "", phone: "", email: "", address: "" });
const byId = `SELECT "id", "name" FROM "Clinic" WHERE "id" = ${placeholder(1)}`;

describe("plain reads through the driver", () => {
  it("gives rows as objects keyed by column, with bound values in order", async () => {
    await db.clinic.createMany({ data: [clinic("read-a"), clinic("read-b")] });
    const rows = await readRows<{ id: string; name: string }>(
      db,
      `SELECT "id", "name" FROM "Clinic" WHERE "id" IN (${placeholder(1)}, ${placeholder(2)}) ORDER BY "id" DESC`,
      ["read-a", "read-b"],
    );
    expect(rows).toEqual([
      { id: "read-b", name: "Clinic read-b" },
      { id: "read-a", name: "Clinic read-a" },
    ]);
    const [count] = await readRows<{ total: unknown }>(db, `SELECT COUNT(*) AS "total" FROM "Clinic" WHERE "id" LIKE ${placeholder(1)}`, ["read-%"]);
    expect(Number(count!.total)).toBe(2);
  });

  it("never reads a row from another request's transaction that later rolls back", async () => {
    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.clinic.create({ data: clinic("read-dirty") });
        await sleep(80);
        throw new Error("rolled back on purpose");
      })
      .catch(() => undefined);
    await sleep(20);
    const seen = await readRows(db, byId, ["read-dirty"]);
    await rolledBack;
    expect(seen).toEqual([]);
  });

  it("reads inside a transaction through that transaction, seeing its own writes", async () => {
    const seen = await db.$transaction(async (tx) => {
      await tx.clinic.create({ data: clinic("read-own") });
      return readRows<{ id: string }>(tx, byId, ["read-own"]);
    });
    expect(seen.map((row) => row.id)).toEqual(["read-own"]);
  });

  it("connects again after the client disconnects", async () => {
    await db.$disconnect();
    expect(await readRows<{ id: string }>(db, byId, ["read-a"])).toEqual([{ id: "read-a", name: "Clinic read-a" }]);
    // Prisma and readRows share the one connection again.
    expect(await db.clinic.count({ where: { id: "read-own" } })).toBe(1);
  });
});

describe("the shared adapter", () => {
  it("tries to connect again after a failed connect, instead of keeping the failure", async () => {
    let attempts = 0;
    const adapter = {
      queryRaw: async () => ({ columnNames: ["answer"], rows: [["42"]] }),
      dispose: async () => undefined,
    };
    const factory = {
      connect: async () => {
        attempts++;
        if (attempts === 1) throw new Error("database is locked");
        return adapter;
      },
    };
    const client = {} as Parameters<typeof readRows>[0];
    shareAdapter(factory, client);
    await expect(readRows(client, "SELECT 42 AS answer")).rejects.toThrow("database is locked");
    expect(await readRows(client, "SELECT 42 AS answer")).toEqual([{ answer: "42" }]);
    // Connected once it worked: later reads share that adapter.
    await readRows(client, "SELECT 42 AS answer");
    expect(attempts).toBe(2);
  });
});
