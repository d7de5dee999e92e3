import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { db } from "@/lib/db/client";
import { createDatabaseSession } from "./database-session";
import { emailLimitKey } from "./email-identifier";
import {
  staffAccountSlowdown,
  staffSignInLimiter,
  tooManyAttemptsMessage,
  type AccountSlowdown,
  type StaffSignInLimiter,
} from "./rate-limit";
import { STAFF_ROLES, type Role } from "./roles";

export const STAFF_SIGN_IN_FAILED = "That email and password do not match a staff account. Check them and try again.";

export type StaffSignInResult =
  | { ok: true; sessionToken: string; expires: Date; role: Role }
  | { ok: false; message: string };

// Verifying against a throwaway hash when there is no such account keeps the
// answer time the same, so timing does not reveal which emails are staff.
let decoyHash: Promise<string> | undefined;
const decoy = () => (decoyHash ??= hash("decoy-password-for-timing"));

/**
 * Password sign-in for staff and admins. next-auth v4's Credentials provider
 * cannot create database sessions, so on success we create the Session row
 * ourselves; the caller sets next-auth's session cookie to its token.
 */
export type StaffSignInGuards = {
  limiter: StaffSignInLimiter;
  slowdown: AccountSlowdown;
  /** Holds an attempt back; injected so tests need not wait. */
  sleep: (ms: number) => Promise<void>;
};

const defaultGuards = (): StaffSignInGuards => ({
  limiter: staffSignInLimiter(),
  slowdown: staffAccountSlowdown(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});

/**
 * Limits: a hard stop per account *and* client address (the guesser's own
 * pair) and per client address (spraying accounts), but for the account as a
 * whole only a growing delay — so a stranger's wrong guesses slow the nurse
 * down a little and never lock her out of her own computer.
 */
export async function signInStaff(
  input: { email: string; password: string; ip: string },
  guards: StaffSignInGuards = defaultGuards(),
  now: Date = new Date(),
): Promise<StaffSignInResult> {
  const account = emailLimitKey(input.email);
  const verdict = await guards.limiter.consume({ perAccountAndIp: `${account}|${input.ip}`, perIp: input.ip });
  if (!verdict.ok) return { ok: false, message: tooManyAttemptsMessage(verdict.retryAfterSeconds) };
  const delay = await guards.slowdown.delayMs(account);
  if (delay > 0) await guards.sleep(delay);

  const user = await db.user.findUnique({
    where: { email: input.email.trim().toLowerCase() },
    select: { id: true, role: true, passwordHash: true },
  });
  const candidate = user && STAFF_ROLES.includes(user.role) && user.passwordHash ? user.passwordHash : await decoy();
  let matches = false;
  try {
    matches = await verify(candidate, input.password);
  } catch {
    matches = false; // a malformed stored hash is a failed sign-in, not a crash
  }
  if (!matches || !user || !STAFF_ROLES.includes(user.role) || !user.passwordHash) {
    await guards.slowdown.recordFailure(account);
    return { ok: false, message: STAFF_SIGN_IN_FAILED };
  }
  const session = await createDatabaseSession(db, user.id, user.role, now);
  return { ok: true, role: user.role, ...session };
}
