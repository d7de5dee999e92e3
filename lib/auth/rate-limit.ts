import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// Counts sign-in attempts per email and per client IP. In memory: the limits
// hold per server process, which is what we run (one `next start`). Several
// processes would each allow the full count; see decision 004 for the switch
// to a shared store (rate-limiter-flexible has SQLite/Postgres/Redis stores).

export type Limit = { points: number; durationSeconds: number };
export type AttemptVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export const SIGN_IN_LIMITS = {
  perEmail: { points: 5, durationSeconds: 15 * 60 },
  perIp: { points: 50, durationSeconds: 15 * 60 },
} as const satisfies Record<string, Limit>;

export class AttemptLimiter {
  private readonly byEmail: RateLimiterMemory;
  private readonly byIp: RateLimiterMemory;

  constructor(name: string, limits: { perEmail: Limit; perIp: Limit }) {
    this.byEmail = new RateLimiterMemory({ keyPrefix: `${name}:email`, points: limits.perEmail.points, duration: limits.perEmail.durationSeconds });
    this.byIp = new RateLimiterMemory({ keyPrefix: `${name}:ip`, points: limits.perIp.points, duration: limits.perIp.durationSeconds });
  }

  /** Spends one attempt for this email and this IP; refused if either is used up. */
  async consume(key: { email: string; ip: string }): Promise<AttemptVerdict> {
    const results = await Promise.allSettled([
      this.byEmail.consume(key.email.trim().toLowerCase()),
      this.byIp.consume(key.ip),
    ]);
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

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many sign-in requests. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
}

// One limiter per kind per process; kept on globalThis so dev reloads keep counts.
const store = globalThis as unknown as { __signInLimiters?: Record<string, AttemptLimiter> };

function limiter(name: string): AttemptLimiter {
  store.__signInLimiters ??= {};
  return (store.__signInLimiters[name] ??= new AttemptLimiter(name, SIGN_IN_LIMITS));
}

export const signInLinkLimiter = () => limiter("sign-in-link");
export const staffSignInLimiter = () => limiter("staff-sign-in");

/**
 * The client's address as the reverse proxy reports it (first X-Forwarded-For
 * entry, else X-Real-IP). Without a proxy there is no header and every client
 * shares the "unknown" bucket, which is why the per-IP limit is generous.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
