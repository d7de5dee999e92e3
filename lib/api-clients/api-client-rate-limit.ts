import "server-only";
import { AttemptLimiter, type AttemptVerdict } from "@/lib/auth/rate-limit";

// Requests per API client, counted in the database like the sign-in limits,
// so every app instance spends from the same allowance (docs/decisions/011).
export const FHIR_RATE_LIMIT = { points: 120, durationSeconds: 60 } as const;

const store = globalThis as unknown as { __fhirLimiter?: AttemptLimiter<"perClient"> };
const limiter = () => (store.__fhirLimiter ??= new AttemptLimiter("fhir-client", { perClient: FHIR_RATE_LIMIT }));

export type RateVerdict = AttemptVerdict;

/** Spends one request of this client's allowance. */
export async function consumeFhirRequest(clientId: string): Promise<RateVerdict> {
  return limiter().consume({ perClient: clientId });
}
