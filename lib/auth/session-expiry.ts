import { STAFF_IDLE_SECONDS } from "./database-session";
import type { Role } from "./roles";

// Sliding at most once a minute spares a write on every request.
export const SLIDE_GRANULARITY_MS = 60_000;

export type SessionVerdict = { valid: false } | { valid: true; slideTo: Date | null };

/**
 * Decides whether a session row still signs its user in at `now`, and for
 * staff and admins whether to push its expiry forward (30 idle minutes).
 * Patients keep the fixed lifetime their session was created with.
 */
export function evaluateSession(session: { role: Role; expires: Date }, now: Date): SessionVerdict {
  const remaining = session.expires.getTime() - now.getTime();
  if (remaining <= 0) return { valid: false };
  if (session.role === "PATIENT") return { valid: true, slideTo: null };
  const idleMs = STAFF_IDLE_SECONDS * 1000;
  // A staff session never lasts longer than the idle window from now (e.g. a
  // patient promoted to staff keeps no 30-day session) and slides forward
  // once it has aged by at least a minute.
  const needsSlide = remaining > idleMs || remaining <= idleMs - SLIDE_GRANULARITY_MS;
  return { valid: true, slideTo: needsSlide ? new Date(now.getTime() + idleMs) : null };
}
