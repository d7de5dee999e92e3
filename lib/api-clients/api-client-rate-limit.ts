import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// Requests per API client. In memory, per server process, like the sign-in
// limits (see docs/decisions/004 for the shared-store path when we run many).
export const FHIR_RATE_LIMIT = { points: 120, durationSeconds: 60 } as const;

const store = globalThis as unknown as { __fhirLimiter?: RateLimiterMemory };

function limiter(): RateLimiterMemory {
  return (store.__fhirLimiter ??= new RateLimiterMemory({
    keyPrefix: "fhir-client",
    points: FHIR_RATE_LIMIT.points,
    duration: FHIR_RATE_LIMIT.durationSeconds,
  }));
}

export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Spends one request of this client's allowance. */
export async function consumeFhirRequest(clientId: string): Promise<RateVerdict> {
  try {
    await limiter().consume(clientId);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
  }
}
