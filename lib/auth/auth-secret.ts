import "server-only";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";

// A fresh clone needs no .env: without NEXTAUTH_SECRET/AUTH_SECRET we make one
// secret, once, and keep it in data/ (git-ignored) so restarts keep sessions'
// CSRF and sign-in-link hashes valid.
export const SECRET_FILE = path.resolve("data/auth-secret");

let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const fromEnv = env().secret;
  if (fromEnv) return (cached = fromEnv);
  fs.mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  try {
    // "wx" fails if another process got there first; then we read theirs.
    fs.writeFileSync(SECRET_FILE, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const stored = fs.readFileSync(SECRET_FILE, "utf8").trim();
  if (stored.length < 32) throw new Error(`${SECRET_FILE} is too short; delete it to make a new one.`);
  return (cached = stored);
}
