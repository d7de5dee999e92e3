import { execFile } from "node:child_process";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./create-client";

const db = createPrismaClient(process.env.DATABASE_URL);
afterAll(() => db.$disconnect());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const clinic = (id: string) => ({ id, name: id, timeZone: "UTC", notice: "", phone: "", email: "", address: "" });

/** Opens a transaction that writes a row, stays open a moment, then rolls back. */
function transactionThatRollsBack(id: string) {
  return db
    .$transaction(async (tx) => {
      await tx.clinic.create({ data: clinic(id) });
      await sleep(80);
      throw new Error("rolled back on purpose");
    })
    .catch(() => undefined);
}

describe("one SQLite connection shared by concurrent requests", () => {
  it("another request never reads a row from a transaction that later rolls back", async () => {
    const tx = transactionThatRollsBack("dirty");
    await sleep(20);
    const seen = await db.clinic.findUnique({ where: { id: "dirty" }, select: { id: true } });
    await tx;
    expect(seen).toBeNull();
  });

  it("another request's write is not swept into a transaction that rolls back", async () => {
    const tx = transactionThatRollsBack("doomed");
    await sleep(20);
    await db.$executeRaw`INSERT INTO "Clinic" ("id","name","timeZone","notice","phone","email","address") VALUES ('kept','kept','UTC','','','','')`;
    await tx;
    const ids = (await db.clinic.findMany({ select: { id: true } })).map((c) => c.id);
    expect(ids).toContain("kept");
    expect(ids).not.toContain("doomed");
  });
});

describe("another process writing to the same file", () => {
  it("does not make a read-then-write transaction fail with a busy snapshot", async () => {
    await db.clinic.create({ data: clinic("counter") });
    const file = process.env.DATABASE_URL!.replace(/^file:/, "");
    const tx = db.$transaction(async (t) => {
      await t.clinic.findUnique({ where: { id: "counter" } });
      await sleep(300); // another process writes meanwhile
      await t.clinic.update({ where: { id: "counter" }, data: { name: "from the transaction" } });
    });
    const otherProcess = new Promise<number | null>((resolve) => {
      const script = `const D=require("better-sqlite3");const d=new D(${JSON.stringify(file)},{timeout:5000});d.prepare("INSERT INTO Clinic (id,name,timeZone,notice,phone,email,address) VALUES ('other','other','UTC','','','','')").run();`;
      execFile(process.execPath, ["-e", script], (error) => resolve(error ? 1 : 0));
    });
    const [, exitCode] = await Promise.all([tx, otherProcess]);
    expect(exitCode).toBe(0);
    const rows = await db.clinic.findMany({ where: { id: { in: ["counter", "other"] } }, select: { id: true, name: true }, orderBy: { id: "asc" } });
    expect(rows).toEqual([
      { id: "counter", name: "from the transaction" },
      { id: "other", name: "other" },
    ]);
  });
});

describe("a transaction that cannot start", () => {
  it("fails alone: once the other writer is done, reads and transactions run again", async () => {
    const file = process.env.DATABASE_URL!.replace(/^file:/, "");
    const other = new Database(file);
    // Waits a moment, not five seconds, for the write lock the other connection holds.
    await db.$queryRawUnsafe("PRAGMA busy_timeout = 100");
    try {
      other.prepare("BEGIN IMMEDIATE").run();
      await expect(db.$transaction((tx) => tx.clinic.create({ data: clinic("while-locked") }))).rejects.toThrow();
      other.prepare("COMMIT").run();
      const within = <T,>(work: Promise<T>) =>
        Promise.race([work, sleep(3_000).then(() => Promise.reject(new Error("still waiting after 3 s")))]);
      expect(await within(db.clinic.findMany({ where: { id: "while-locked" } }))).toEqual([]);
      await within(db.$transaction((tx) => tx.clinic.create({ data: clinic("after-lock") })));
      expect(await within(db.clinic.count({ where: { id: "after-lock" } }))).toBe(1);
    } finally {
      if (other.inTransaction) other.prepare("ROLLBACK").run();
      other.close();
      await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
    }
  });
});

describe("statements prepared once and used again", () => {
  it("give each use its own values, and a failed use does not spoil the next", async () => {
    await db.clinic.createMany({ data: [clinic("reuse-a"), clinic("reuse-b")] });
    const read = (id: string) => db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Clinic" WHERE "id" = ${id}`;
    expect(await read("reuse-a")).toEqual([{ id: "reuse-a" }]);
    expect(await read("reuse-b")).toEqual([{ id: "reuse-b" }]);
    expect(await read("nobody")).toEqual([]);
    // The same insert twice: the second breaks the primary key, then the statement serves again.
    const insert = (id: string) =>
      db.$executeRaw`INSERT INTO "Clinic" ("id","name","timeZone","notice","phone","email","address") VALUES (${id},${id},'UTC','','','','')`;
    expect(await insert("reuse-c")).toBe(1);
    await expect(insert("reuse-c")).rejects.toThrow();
    expect(await insert("reuse-d")).toBe(1);
    expect(await read("reuse-d")).toEqual([{ id: "reuse-d" }]);
  });

  it("keep transactions whole: a rolled-back one leaves nothing, the next commits", async () => {
    for (const [id, fail] of [["tx-1", true], ["tx-2", false], ["tx-3", true], ["tx-4", false]] as const) {
      await db
        .$transaction(async (tx) => {
          await tx.clinic.create({ data: clinic(id) });
          if (fail) throw new Error("rolled back on purpose");
        })
        .catch(() => undefined);
    }
    const ids = (await db.clinic.findMany({ where: { id: { startsWith: "tx-" } }, select: { id: true }, orderBy: { id: "asc" } })).map((c) => c.id);
    expect(ids).toEqual(["tx-2", "tx-4"]);
  });
});
