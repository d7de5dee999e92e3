import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { Adapter } from "next-auth/adapters";
import { STAFF_IDLE_SECONDS } from "./database-session";
import type { Role } from "./roles";
import { evaluateSession } from "./session-expiry";

/**
 * next-auth's database strategy, on every /api/auth/session call, pushes a
 * session's expiry to now + maxAge (30 days) and re-sets the cookie. Staff
 * sessions must end after 30 idle minutes whatever path a request takes, so
 * the rule lives here, under next-auth, as well as in our own session reader:
 * reading a session applies evaluateSession (refusing and deleting an idle
 * staff row), and no update can move a staff row more than 30 minutes ahead.
 */
export function idleAwareAdapter(base: Adapter, db: Pick<PrismaClient, "session">, clock: () => Date = () => new Date()): Adapter {
  return {
    ...base,
    async getSessionAndUser(sessionToken) {
      const found = await base.getSessionAndUser!(sessionToken);
      if (!found) return null;
      const role = ((found.user as { role?: Role }).role ?? "PATIENT") as Role;
      const verdict = evaluateSession({ role, expires: found.session.expires }, clock());
      if (!verdict.valid) {
        await db.session.deleteMany({ where: { sessionToken } });
        return null;
      }
      if (!verdict.slideTo) return found;
      await db.session.updateMany({ where: { sessionToken }, data: { expires: verdict.slideTo } });
      return { ...found, session: { ...found.session, expires: verdict.slideTo } };
    },
    async updateSession(session) {
      if (!session.expires) return base.updateSession!(session);
      const row = await db.session.findUnique({ where: { sessionToken: session.sessionToken }, select: { user: { select: { role: true } } } });
      if (!row || row.user.role === "PATIENT") return base.updateSession!(session);
      const cap = new Date(clock().getTime() + STAFF_IDLE_SECONDS * 1000);
      return base.updateSession!({ ...session, expires: session.expires > cap ? cap : session.expires });
    },
  };
}
