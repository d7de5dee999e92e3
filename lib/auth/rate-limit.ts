import "server-only";
import type { PrismaClient } from "@prisma/client";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db as appDb } from "@/lib/db/client";
import { emailLimitKey } from "./email-identifier";

// Every sign-in limit is counted in the database (rate-limiter-flexible's
// Prisma store, table RateLimiterFlexible), so several app instances behind
// one proxy share the counts. This module is the one place limiters are built.
// See docs/decisions/004-sessions-and-roles.md and 013-threat-model.md.

export type Limit = { points: number; durationSeconds: number };
export type AttemptVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

const WINDOW = 15 * 60;

export const SIGN_IN_LIMITS = {
  /** Sign-in links per inbox (the address next-auth would email). */
  perEmail: { points: 5, durationSeconds: WINDOW },
  /** Sign-in links or password attempts per client address, across accounts. */
  perIp: { points: 50, durationSeconds: WINDOW },
} as const satisfies Record<string, Limit>;

export const STAFF_SIGN_IN_LIMITS = {
  /** Password attempts for one account from one client address: a hard stop. */
  perAccountAndIp: { points: 5, durationSeconds: WINDOW },
  perIp: SIGN_IN_LIMITS.perIp,
} as const satisfies Record<string, Limit>;

/**
 * Failed passwords for one account from anywhere do not lock it (a stranger
 * could then lock the nurse out); they slow every further attempt down: one
 * more second per failure past the fifth, up to ten seconds.
 */
export const ACCOUNT_SLOWDOWN = { freeFailures: 5, stepMs: 1000, maxDelayMs: 10_000, durationSeconds: WINDOW } as const;

type Db = Pick<PrismaClient, "rateLimiterFlexible">;

/** The one constructor of limiters: a database-backed counter named `name`. */
export function createLimiter(db: Db, name: string, limit: Limit): RateLimiterPrisma {
  return new RateLimiterPrisma({
    storeClient: db,
    // rate-limiter-flexible looks the model up as a property of the client.
    tableName: "rateLimiterFlexible",
    keyPrefix: name,
    points: limit.points,
    duration: limit.durationSeconds,
  });
}

/** Several limits spent together; refused if any one is used up. */
export class AttemptLimiter<K extends string> {
  private readonly limiters: Record<K, RateLimiterPrisma>;

  constructor(name: string, limits: Record<K, Limit>, db: Db = appDb) {
    this.limiters = Object.fromEntries(
      Object.entries<Limit>(limits).map(([key, limit]) => [key, createLimiter(db, `${name}:${key}`, limit)]),
    ) as Record<K, RateLimiterPrisma>;
  }

  async consume(keys: Record<K, string>): Promise<AttemptVerdict> {
    const results = await Promise.allSettled(
      (Object.keys(this.limiters) as K[]).map((k) => this.limiters[k].consume(keys[k])),
    );
    let waitMs = 0;
    for (const r of results) {
      if (r.status === "fulfilled") continue;
      // A rejection that is not a RateLimiterRes is a real error: let it surface.
      if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
      waitMs = Math.max(waitMs, r.reason.msBeforeNext);
    }
    return waitMs > 0 ? { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : { ok: true };
  }
}

/** Counts failed passwords per account and says how long to hold the next attempt. */
export class AccountSlowdown {
  private readonly failures: RateLimiterPrisma;

  constructor(name: string, db: Db = appDb) {
    this.failures = createLimiter(db, `${name}:failures`, { points: 1_000_000, durationSeconds: ACCOUNT_SLOWDOWN.durationSeconds });
  }

  async delayMs(email: string): Promise<number> {
    const res = await this.failures.get(emailLimitKey(email));
    return slowdownDelayMs(res?.consumedPoints ?? 0);
  }

  async recordFailure(email: string): Promise<void> {
    await this.failures.consume(emailLimitKey(email));
  }
}

export function slowdownDelayMs(failures: number): number {
  const over = failures - ACCOUNT_SLOWDOWN.freeFailures;
  return over <= 0 ? 0 : Math.min(over * ACCOUNT_SLOWDOWN.stepMs, ACCOUNT_SLOWDOWN.maxDelayMs);
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many sign-in requests. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
}

export type SignInLinkLimiter = AttemptLimiter<keyof typeof SIGN_IN_LIMITS>;
export type StaffSignInLimiter = AttemptLimiter<keyof typeof STAFF_SIGN_IN_LIMITS>;

// One of each per process (the counts themselves live in the database).
const store = globalThis as unknown as { __signInLimiters?: { link?: SignInLinkLimiter; staff?: StaffSignInLimiter; slowdown?: AccountSlowdown } };
const limiters = () => (store.__signInLimiters ??= {});
export const signInLinkLimiter = (): SignInLinkLimiter => (limiters().link ??= new AttemptLimiter("sign-in-link", SIGN_IN_LIMITS));
export const staffSignInLimiter = (): StaffSignInLimiter => (limiters().staff ??= new AttemptLimiter("staff-sign-in", STAFF_SIGN_IN_LIMITS));
export const staffAccountSlowdown = (): AccountSlowdown => (limiters().slowdown ??= new AccountSlowdown("staff-sign-in"));

/** Keys for a sign-in link request: the inbox next-auth would email, and the client. */
export const signInLinkKeys = (email: string, ip: string) => ({ perEmail: emailLimitKey(email), perIp: ip });
