import type { Prisma, PrismaClient } from "@prisma/client";
import type { CurrentUser } from "./roles";
import { evaluateSession } from "./session-expiry";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The user a session token signs in, or null (unknown or expired token).
 * Slides staff sessions forward as a side effect. Takes `now` for tests.
 */
export async function findSessionUser(db: Db, sessionToken: string, now: Date = new Date()): Promise<CurrentUser | null> {
  if (!sessionToken) return null;
  const session = await db.session.findUnique({
    where: { sessionToken },
    select: {
      id: true,
      expires: true,
      user: { select: { id: true, email: true, name: true, role: true } },
    },
  });
  if (!session) return null;
  const verdict = evaluateSession({ role: session.user.role, expires: session.expires }, now);
  if (!verdict.valid) {
    // Tidy up; a concurrent request may already have deleted it.
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  if (verdict.slideTo) {
    await db.session.updateMany({ where: { id: session.id }, data: { expires: verdict.slideTo } });
  }
  return session.user;
}

export async function deleteSessionByToken(db: Db, sessionToken: string): Promise<void> {
  if (sessionToken) await db.session.deleteMany({ where: { sessionToken } });
}
