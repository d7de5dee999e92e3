import fs from "node:fs";
import path from "node:path";

// SQLite under ./data (git-ignored) unless DATABASE_URL says otherwise.
export const DEFAULT_DATABASE_URL = "file:./data/clinic.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const dir = path.dirname(path.resolve(url.slice("file:".length)));
    fs.mkdirSync(dir, { recursive: true });
  }
  return url;
}
