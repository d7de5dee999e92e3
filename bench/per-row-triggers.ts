// Bulk loads into SQLite without the per-row triggers on bookings and
// schedules: one UPDATE per inserted booking for the schedule stamp, one
// upsert for its status count, made the 100 000-booking fill several times
// slower. The triggers are dropped for the load and put back exactly as the
// migrations wrote them; then the stamp is moved once and the counts are
// counted afresh (docs/decisions/012).
import type Database from "better-sqlite3";

export function withoutPerRowTriggers<T>(sqlite: Database.Database, load: () => T): T {
  const triggers = sqlite
    .prepare(
      `SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'trigger' AND ("name" LIKE '%bumps_schedule_stamp%' OR "name" LIKE 'Booking_counts_status%')`,
    )
    .all() as { name: string; sql: string }[];
  for (const t of triggers) sqlite.exec(`DROP TRIGGER "${t.name}"`);
  try {
    return load();
  } finally {
    for (const t of triggers) sqlite.exec(t.sql);
    sqlite.exec(`UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1`);
    sqlite.exec(`DELETE FROM "BookingStatusCount"`);
    sqlite.exec(`INSERT INTO "BookingStatusCount" ("status", "count") SELECT "status", COUNT(*) FROM "Booking" GROUP BY "status"`);
  }
}
