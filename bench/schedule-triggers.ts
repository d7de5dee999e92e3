// Bulk loads into SQLite without the schedule stamp's per-row triggers: one
// UPDATE per inserted booking made the 100 000-booking fill several times
// slower. The triggers are dropped for the load, put back exactly as the
// migration wrote them, and the stamp is moved once (docs/decisions/012).
import type Database from "better-sqlite3";

export function withoutScheduleTriggers<T>(sqlite: Database.Database, load: () => T): T {
  const triggers = sqlite
    .prepare(`SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'trigger' AND "name" LIKE '%bumps_schedule_stamp%'`)
    .all() as { name: string; sql: string }[];
  for (const t of triggers) sqlite.exec(`DROP TRIGGER "${t.name}"`);
  try {
    return load();
  } finally {
    for (const t of triggers) sqlite.exec(t.sql);
    sqlite.exec(`UPDATE "ScheduleStamp" SET "version" = "version" + 1 WHERE "id" = 1`);
  }
}
