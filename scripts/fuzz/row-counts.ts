// Row counts of every table, read straight from the SQLite file.
import Database from "better-sqlite3";

// Counters that rejected requests are meant to move (rate limits).
export const COUNTERS_NOT_DATA = new Set(["RateLimiterFlexible", "_prisma_migrations"]);

export class RowCounter {
  private readonly db: Database.Database;
  private readonly tables: string[];

  constructor(file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
    this.db.pragma("busy_timeout = 5000");
    this.tables = (this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[])
      .map((t) => t.name)
      .filter((t) => !COUNTERS_NOT_DATA.has(t));
  }

  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const t of this.tables) out[t] = (this.db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n;
    return out;
  }

  close(): void {
    this.db.close();
  }
}

export function changedTables(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys(after).filter((t) => before[t] !== after[t]).map((t) => `${t} ${before[t]}→${after[t]}`);
}
