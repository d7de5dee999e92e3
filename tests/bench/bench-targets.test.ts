// The benchmark's verdicts and its older-history generator: what decides the
// exit code, and the SQL that makes the 1 000 000-booking runs.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { REFERENCE_PATTERN } from "@/lib/booking/reference";
import { historyStatements } from "@/bench/extend-history";
import { referenceFor } from "@/bench/fill-data/ids";
import { sqliteDateTime } from "@/bench/sqlite-time";
import { relativeSpread, toleranceFor, verdict } from "@/bench/targets";

describe("bench verdicts", () => {
  it.each([
    { name: "a ratio at or under its limit passes", measured: 2.9, status: "pass" },
    { name: "a ratio over its limit by less than the tolerance is within noise", measured: 3.2, status: "within noise" },
    { name: "a ratio over its limit by more than the tolerance fails", measured: 3.4, status: "FAIL" },
    { name: "a scenario not measured does not fail", measured: null, status: "not measured" },
  ])("$name", ({ measured, status }) => {
    expect(verdict("slots", measured, 3, 0.1).status).toBe(status);
  });

  it.each([
    { name: "a quiet run still allows 10%", spread: 0.02, tolerance: 0.1 },
    { name: "a run's own floor gap is its tolerance", spread: 0.15, tolerance: 0.15 },
    { name: "a very noisy run is judged at 20%, not at its noise", spread: 0.6, tolerance: 0.2 },
    { name: "a run without a second floor is judged at 20%", spread: null, tolerance: 0.2 },
  ])("$name", ({ spread, tolerance }) => {
    expect(toleranceFor(spread)).toBe(tolerance);
  });

  it("measures the floor's gap against the mean of its two figures", () => {
    expect(relativeSpread(1.2, 1.4)).toBeCloseTo(0.2 / 1.3);
  });
});

describe("older history for the history-independence runs", () => {
  const DAY = 24 * 60 * 60 * 1000;
  const now = new Date("2026-11-26T00:00:00.000Z");

  function migratedDatabase() {
    const db = new Database(":memory:");
    const dir = path.resolve("prisma/migrations");
    for (const folder of fs.readdirSync(dir).filter((f) => fs.statSync(path.join(dir, f)).isDirectory()).sort()) {
      db.exec(fs.readFileSync(path.join(dir, folder, "migration.sql"), "utf8"));
    }
    // Only Booking and ScreeningResponse rows are made here.
    db.pragma("foreign_keys = OFF");
    return db;
  }

  function addBooking(db: Database.Database, i: number, startsAt: number, status: string) {
    db.prepare(
      `INSERT INTO "Booking" ("id", "reference", "patientId", "procedureId", "practitionerId", "startsAt", "endsAt", "blockedUntil", "status", "version", "createdAt", "updatedAt")
       VALUES (?, ?, 'pt1', 'pr1', 'doc1', ?, ?, ?, ?, 1, ?, ?)`,
    ).run(`cbk${i}`, referenceFor(i), sqliteDateTime(startsAt), sqliteDateTime(startsAt + 30 * 60_000), sqliteDateTime(startsAt + 45 * 60_000), status, sqliteDateTime(startsAt - 7 * DAY), sqliteDateTime(startsAt - 7 * DAY));
    db.prepare(
      `INSERT INTO "ScreeningResponse" ("id", "bookingId", "kind", "questionnaireVersion", "answers", "outcome", "reasons", "submittedById", "submittedAt")
       VALUES (?, ?, 'BOOKING', 1, '{}', 'CLEAR', '[]', 'pt1', ?)`,
    ).run(`csr${i}`, `cbk${i}`, sqliteDateTime(startsAt - 7 * DAY));
  }

  it("copies the past year back year by year until the asked-for count, with fresh references, reviewed flags and screenings", () => {
    const db = migratedDatabase();
    // Ten past bookings across the last year (one flagged, never reviewed) and one ahead, which is not history.
    for (let i = 0; i < 10; i++) addBooking(db, i, now.getTime() - (i * 30 + 3) * DAY, i === 4 ? "FLAGGED" : "COMPLETED");
    addBooking(db, 10, now.getTime() + 5 * DAY, "CONFIRMED");

    for (const sql of historyStatements("sqlite", { now, existingBookings: 11, count: 25, perYear: 10 })) db.exec(sql);

    const rows = db.prepare(`SELECT "id", "reference", "startsAt", "status" FROM "Booking" ORDER BY "startsAt"`).all() as { id: string; reference: string; startsAt: string; status: string }[];
    expect(rows).toHaveLength(36);
    const copies = rows.filter((r) => r.id.startsWith("ch"));
    expect(copies).toHaveLength(25);
    // References: the app's format, never repeated, continuing the fill's sequence.
    expect(new Set(rows.map((r) => r.reference)).size).toBe(36);
    for (const r of copies) expect(r.reference).toMatch(REFERENCE_PATTERN);
    expect(copies.map((r) => r.reference).sort()).toEqual(Array.from({ length: 25 }, (_, i) => referenceFor(11 + i)).sort());
    // All of it before the filled year, on the same weekdays as the originals, long since settled.
    const oldestFilled = now.getTime() - 364 * DAY;
    for (const r of copies) {
      expect(Date.parse(r.startsAt)).toBeLessThan(oldestFilled);
      expect(r.status).not.toBe("FLAGGED");
    }
    expect(new Set(copies.map((r) => new Date(Date.parse(r.startsAt)).getUTCDay()))).toEqual(
      new Set(rows.filter((r) => !r.id.startsWith("ch") && Date.parse(r.startsAt) < now.getTime()).map((r) => new Date(Date.parse(r.startsAt)).getUTCDay())),
    );
    // Every copy has its booking screening, pointing at the copy.
    const screenings = db.prepare(`SELECT count(*) AS n FROM "ScreeningResponse" s JOIN "Booking" b ON b."id" = s."bookingId" WHERE b."id" LIKE 'ch%'`).get() as { n: number };
    expect(screenings.n).toBe(25);
  });
});
