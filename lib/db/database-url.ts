import fs from "node:fs";
import path from "node:path";

// SQLite under ./data (git-ignored) unless DATABASE_URL says otherwise.
export const DEFAULT_DATABASE_URL = "file:./data/clinic.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const dir = path.dirname(path.resolve(url.slice("file:".length)));
    fs.mkdirSync(dir, { recursive: true });
  }
  return url;
}

/**
 * The database a URL points at: `file:` is SQLite (the default),
 * `postgres://` or `postgresql://` is PostgreSQL. Anything else is refused by
 * name, so a typo never silently falls back to a local file.
 */
export function providerOf(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…"`);
}
