import { afterAll, describe, expect, it } from "vitest";
import { isRawUniqueViolation } from "@/lib/booking/unique-violation";
import { createPrismaClient } from "./create-client";
import { insertStatement } from "./insert-statement";
import { insertRows } from "./raw-insert";
import { binder, placeholder, readRows } from "./read-rows";
import { asSql, inSqlTransaction, TransactionTimeoutError } from "./sql-transaction";
import { lockForUpdate, lockingRead, lockRows, SCHEDULE_STAMP } from "./row-locks";
import { isPostgres } from "./text-search";
import { sqlTime } from "./sql-time";
import { makePatient } from "@/tests/support/people";

// A transaction on the driver must keep every promise of Prisma's: all or
// nothing, nothing seen before COMMIT, and the connection (or SQLite's writer
// lock) given back whatever happens. Runs on SQLite and on PostgreSQL.

const db = createPrismaClient(process.env.DATABASE_URL);
afterAll(() => db.$disconnect());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const COLUMNS = ["id", "name", "timeZone", "notice", "phone", "email", "address"];
const clinicRow = (id: string) => [id, `Clinic ${id}`, "UTC", "", "", "", ""];
const idsLike = async (prefix: string) =>
  (await readRows<{ id: string }>(db, `SELECT "id" FROM "Clinic" WHERE "id" LIKE ${placeholder(1)} ORDER BY "id"`, [`${prefix}%`])).map((r) => r.id);

describe("a transaction on the driver", () => {
  it("commits every statement when the work returns, and gives back its result", async () => {
    const result = await inSqlTransaction(db, async (sql) => {
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("tx-ok-1")]);
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("tx-ok-2")]);
      const [row] = await sql.rows<{ total: unknown }>(`SELECT COUNT(*) AS "total" FROM "Clinic" WHERE "id" LIKE 'tx-ok-%'`);
      return Number(row!.total);
    });
    expect(result).toBe(2);
    expect(await idsLike("tx-ok-")).toEqual(["tx-ok-1", "tx-ok-2"]);
  });

  it("writes nothing when the work throws, and passes the error on", async () => {
    await expect(
      inSqlTransaction(db, async (sql) => {
        await insertRows(sql, "Clinic", COLUMNS, [clinicRow("tx-fail-1")]);
        throw new Error("the screening could not be saved");
      }),
    ).rejects.toThrow("the screening could not be saved");
    expect(await idsLike("tx-fail-")).toEqual([]);
  });

  it("lets no other request read its rows before COMMIT", async () => {
    let reading: Promise<string[]> | null = null;
    let readEarly: string[] | null = null;
    await inSqlTransaction(db, async (sql) => {
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("tx-hidden-1")]);
      // Another request reads while this transaction is open: on SQLite it
      // waits for the end, on PostgreSQL it sees the rows committed before.
      reading = idsLike("tx-hidden-");
      await sleep(50);
      readEarly = await Promise.race([reading, sleep(0).then(() => null)]);
    });
    expect(readEarly ?? []).toEqual([]);
    expect(await idsLike("tx-hidden-")).toEqual(["tx-hidden-1"]);
    await reading;
  });

  it("reports a duplicate key as a unique violation and keeps none of the transaction's rows", async () => {
    const error = await inSqlTransaction(db, async (sql) => {
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("tx-dup-1")]);
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("tx-dup-1")]);
    }).catch((e: unknown) => e);
    expect(isRawUniqueViolation(error, ["id"])).toBe(true);
    expect(await idsLike("tx-dup-")).toEqual([]);
  });

  it("rolls back work that runs out of time, refuses its later statements, and frees the connection", async () => {
    let late: unknown = null;
    const error = await inSqlTransaction(
      db,
      async (sql) => {
        await insertRows(sql, "Clinic", COLUMNS, [clinicRow("tx-slow-1")]);
        await sleep(300);
        late = await insertRows(sql, "Clinic", COLUMNS, [clinicRow("tx-slow-2")]).catch((e: unknown) => e);
      },
      { timeoutMs: 100 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionTimeoutError);
    await sleep(350);
    expect(String(late)).toMatch(/already closed/);
    expect(await idsLike("tx-slow-")).toEqual([]);
    // The next transaction gets the connection (and on SQLite the writer lock) at once.
    await inSqlTransaction(db, (sql) => insertRows(sql, "Clinic", COLUMNS, [clinicRow("tx-after-1")]), { timeoutMs: 2_000 });
    expect(await idsLike("tx-after-")).toEqual(["tx-after-1"]);
  });

  it("runs the same statements through a Prisma transaction client, inside that transaction", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await insertRows(asSql(tx), "Clinic", COLUMNS, [clinicRow("tx-prisma-1")]);
        expect((await asSql(tx).rows(`SELECT "id" FROM "Clinic" WHERE "id" = 'tx-prisma-1'`)).length).toBe(1);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await idsLike("tx-prisma-")).toEqual([]);
  });
});

describe("inserts batched in a transaction on the driver", () => {
  it("are sent before the transaction's next statement or its commit, and not at all when the work throws", async () => {
    let seenDuringWork: string[] | null = null;
    await inSqlTransaction(db, async (sql) => {
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-ok-1")], { batch: true });
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-ok-2"), clinicRow("batch-ok-3")], { batch: true });
      seenDuringWork = (await sql.rows<{ id: string }>(`SELECT "id" FROM "Clinic" WHERE "id" LIKE 'batch-ok-%' ORDER BY "id"`)).map((r) => r.id);
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-ok-4")], { batch: true });
    });
    expect(seenDuringWork).toEqual(["batch-ok-1", "batch-ok-2", "batch-ok-3"]);
    expect(await idsLike("batch-ok-")).toEqual(["batch-ok-1", "batch-ok-2", "batch-ok-3", "batch-ok-4"]);

    await expect(
      inSqlTransaction(db, async (sql) => {
        await insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-undone-1")], { batch: true });
        throw new Error("the slot was just taken");
      }),
    ).rejects.toThrow("the slot was just taken");
    expect(await idsLike("batch-undone-")).toEqual([]);
  });

  it("fail the transaction when one breaks a key, as that insert's own error, with nothing kept", async () => {
    await insertRows(db, "Clinic", COLUMNS, [clinicRow("batch-dup-1")]);
    class ClinicTakenError extends Error {}
    const error = await inSqlTransaction(db, async (sql) => {
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-dup-2")]);
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-dup-3")], { batch: true, errorAs: () => undefined });
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-dup-1")], {
        batch: true,
        errorAs: (e) => (isRawUniqueViolation(e, ["id"]) ? new ClinicTakenError() : undefined),
      });
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClinicTakenError);
    expect(await idsLike("batch-dup-")).toEqual(["batch-dup-1"]);

    // Without errorAs the database's own error comes through.
    const plain = await inSqlTransaction(db, (sql) => insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-dup-1")], { batch: true })).catch((e: unknown) => e);
    expect(isRawUniqueViolation(plain)).toBe(true);
  });

  it("doom the transaction when one fails, even when the work catches the error and goes on", async () => {
    await insertRows(db, "Clinic", COLUMNS, [clinicRow("batch-doom-1")]);
    let nextStatement: unknown = null;
    const error = await inSqlTransaction(db, async (sql) => {
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-doom-2")], { batch: true });
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-doom-1")], { batch: true });
      // The failure comes from the next statement; this work swallows it.
      await sql.rows(`SELECT 1 AS "one"`).catch(() => undefined);
      nextStatement = await insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-doom-3")]).catch((e: unknown) => e);
    }).catch((e: unknown) => e);
    expect(isRawUniqueViolation(error)).toBe(true);
    expect(isRawUniqueViolation(nextStatement)).toBe(true);
    expect(await idsLike("batch-doom-")).toEqual(["batch-doom-1"]);
  });

  it("fail as themselves, not as the next insert's own error", async () => {
    await insertRows(db, "Clinic", COLUMNS, [clinicRow("batch-own-1")]);
    const error = await inSqlTransaction(db, async (sql) => {
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-own-1")], { batch: true });
      await insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-own-2")], { errorAs: () => new Error("read as the second insert's failure") });
    }).catch((e: unknown) => e);
    expect(isRawUniqueViolation(error)).toBe(true);
  });

  it("send nothing after the transaction ran out of time while they were on their way", async () => {
    // Another transaction holds a row the batch must wait for (on SQLite, the
    // writer lock itself) until after this one's time is up.
    let holding: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const holder = db
      .$transaction(async (tx) => {
        await insertRows(asSql(tx), "Clinic", COLUMNS, [clinicRow("batch-late-held")]);
        holding();
        await sleep(600);
        throw new Error("let go");
      })
      .catch(() => undefined);
    await held;
    const error = await inSqlTransaction(
      db,
      async (sql) => {
        await insertRows(sql, "Clinic", COLUMNS, [clinicRow("batch-late-held")], { batch: true });
        // A statement of the work's own: the batch goes first, then this.
        const late = insertStatement({ table: "Clinic", columns: COLUMNS, rows: [clinicRow("batch-late-after")] });
        await sql.run(late.text, late.values);
      },
      { timeoutMs: 200 },
    ).catch((e: unknown) => e);
    await holder;
    await sleep(200);
    expect(error).toBeInstanceOf(TransactionTimeoutError);
    expect(await idsLike("batch-late-")).toEqual([]);
  });

  it("are written at once outside a transaction on the driver", async () => {
    await insertRows(db, "Clinic", COLUMNS, [clinicRow("batch-now-1")], { batch: true });
    expect(await idsLike("batch-now-")).toEqual(["batch-now-1"]);
  });
});

describe("several row locks in one statement", () => {
  /** A patient and a practitioner, and a transaction that locks them (and `extra`) for 200 ms, noting when. */
  async function lockedFor200ms(name: string, extra: (typeof SCHEDULE_STAMP)[] = []) {
    const patient = await makePatient(db, `${name} Patient`);
    const practitioner = await db.practitioner.create({ data: { name: `Dr ${name}`, title: "Doctor" }, select: { id: true } });
    const events: string[] = [];
    const first = inSqlTransaction(db, async (sql) => {
      await lockRows(sql, [
        { table: "User", id: patient.id, strength: "UPDATE" },
        { table: "Practitioner", id: practitioner.id, strength: "SHARE" },
        ...extra,
      ]);
      events.push("locked");
      await sleep(200);
      events.push("committing");
    });
    await sleep(50);
    return { patient, practitioner, events, first };
  }

  it("take the schedule stamp too: a write that bumps it waits for the commit", async () => {
    const { practitioner, events, first } = await lockedFor200ms("Stamp", [SCHEDULE_STAMP]);
    // Time off for another practitioner: its insert bumps the stamp.
    const other = await db.practitioner.create({ data: { name: "Dr Other", title: "Doctor" }, select: { id: true } });
    await inSqlTransaction(db, async (sql) => {
      await insertRows(sql, "TimeOff", ["id", "practitionerId", "startsAt", "endsAt", "reason", "createdAt"], [
        [`stamp-${practitioner.id}`, other.id, sqlTime(new Date("2030-01-01T00:00:00Z")), sqlTime(new Date("2030-01-02T00:00:00Z")), "", sqlTime(new Date())],
      ]);
      events.push("time off");
    });
    await first;
    expect(events).toEqual(["locked", "committing", "time off"]);
  });

  it("can ride on a read (lockingRead): the read answers, and another transaction locking the row waits for the commit", async () => {
    const patient = await makePatient(db, "Read Patient");
    const events: string[] = [];
    const first = inSqlTransaction(db, async (sql) => {
      const { values, bind } = binder();
      const locking = lockingRead([{ table: "User", id: patient.id, strength: "UPDATE" }], bind);
      const rows = await sql.rows<{ email: string; locked?: unknown }>(
        `${locking?.with ?? ""} SELECT u."email"${locking ? `, ${locking.column} AS "locked"` : ""} FROM "User" u WHERE u."id" = ${bind(patient.id)}`,
        values,
      );
      events.push(`read ${rows[0]?.email}, locks: ${locking ? Number(rows[0]?.locked) : "the transaction's"}`);
      await sleep(200);
      events.push("committing");
    });
    await sleep(50);
    await inSqlTransaction(db, async (sql) => {
      await lockForUpdate(sql, "User", patient.id);
      events.push("second");
    });
    await first;
    // SQLite's transactions hold the one write lock: no row locks to take there.
    expect(events).toEqual([`read ${patient.email}, locks: ${isPostgres() ? 1 : "the transaction's"}`, "committing", "second"]);
  });

  it("riding on a read, say when a row to lock does not exist and so nothing was locked", async () => {
    const { values, bind } = binder();
    const locking = lockingRead([{ table: "User", id: "no-such-user", strength: "UPDATE" }, SCHEDULE_STAMP], bind);
    const rows = await inSqlTransaction(db, (sql) =>
      sql.rows<{ one: unknown; locked?: unknown }>(`${locking?.with ?? ""} SELECT 1 AS "one"${locking ? `, ${locking.column} AS "locked"` : ""}`, values),
    );
    expect(rows).toHaveLength(1);
    expect(locking === null ? "no row locks" : Number(rows[0]!.locked)).toBe(isPostgres() ? 0 : "no row locks");
  });

  it("hold each row as its own lock would: another transaction locking either waits for the commit", async () => {
    const { patient, practitioner, events, first } = await lockedFor200ms("Lock");
    // A second booking for the patient, and time off for the practitioner (exclusive).
    const forPatient = inSqlTransaction(db, async (sql) => {
      await lockForUpdate(sql, "User", patient.id);
      events.push("patient");
    });
    const forTimeOff = inSqlTransaction(db, async (sql) => {
      await lockForUpdate(sql, "Practitioner", practitioner.id);
      events.push("time off");
    });
    await Promise.all([first, forPatient, forTimeOff]);
    expect(events.slice(0, 2)).toEqual(["locked", "committing"]);
    expect(events.slice(2).sort()).toEqual(["patient", "time off"]);
  });
});
