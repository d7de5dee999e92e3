import type { Prisma, PrismaClient } from "@prisma/client";
import { placeholder, readRows } from "@/lib/db/read-rows";
import { fromSqlTime } from "@/lib/db/sql-time";
import type { CurrentUser, Role } from "./roles";
import { evaluateSession } from "./session-expiry";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The user a session token signs in, or null (unknown or expired token).
 * Slides staff sessions forward as a side effect. Takes `now` for tests.
 */
export async function findSessionUser(db: Db, sessionToken: string, now: Date = new Date()): Promise<CurrentUser | null> {
  if (!sessionToken) return null;
  // Every signed-in request pays for this read: one plain statement (the
  // session joined with its user) handed to the driver, not a Prisma call
  // compiled anew each time (lib/db/read-rows.ts, docs/decisions/012).
  const rows = await readRows<{ sessionId: string; expires: unknown; id: string; email: string; name: string | null; role: string }>(
    db,
    `SELECT s."id" AS "sessionId", s."expires", u."id", u."email", u."name", CAST(u."role" AS TEXT) AS "role"
     FROM "Session" s JOIN "User" u ON u."id" = s."userId"
     WHERE s."sessionToken" = ${placeholder(1)}`,
    [sessionToken],
  );
  const row = rows[0];
  if (!row) return null;
  const user: CurrentUser = { id: row.id, email: row.email, name: row.name, role: row.role as Role };
  const verdict = evaluateSession({ role: user.role, expires: fromSqlTime(row.expires) }, now);
  if (!verdict.valid) {
    // Tidy up; a concurrent request may already have deleted it.
    await db.session.deleteMany({ where: { id: row.sessionId } });
    return null;
  }
  if (verdict.slideTo) {
    await db.session.updateMany({ where: { id: row.sessionId }, data: { expires: verdict.slideTo } });
  }
  return user;
}

export async function deleteSessionByToken(db: Db, sessionToken: string): Promise<void> {
  if (sessionToken) await db.session.deleteMany({ where: { sessionToken } });
}
