// Signs users in the way the app's own tests do: a Session row made by
// createDatabaseSession, sent back as next-auth's session cookie.
import { createDatabaseSession, SESSION_COOKIE } from "@/lib/auth/database-session";
import type { Role } from "@/lib/auth/roles";
import { createPrismaClient } from "@/lib/db/create-client";

export type SignedIn = { userId: string; cookie: string };

const CHUNK = 100;

export async function signIn(databaseUrl: string, users: { id: string; role: Role }[]): Promise<SignedIn[]> {
  const db = createPrismaClient(databaseUrl);
  try {
    const signedIn: SignedIn[] = [];
    for (let i = 0; i < users.length; i += CHUNK) {
      const chunk = users.slice(i, i + CHUNK);
      // One transaction per chunk: thousands of single-row commits would dominate set-up time.
      const sessions = await db.$transaction(async (tx) => {
        const made = [];
        for (const u of chunk) made.push(await createDatabaseSession(tx as typeof db, u.id, u.role));
        return made;
        // A generous timeout: on a busy shared machine 100 sessions can take longer than Prisma's default 5 s.
      }, { maxWait: 60_000, timeout: 120_000 });
      sessions.forEach((s, j) => signedIn.push({ userId: chunk[j]!.id, cookie: `${SESSION_COOKIE}=${s.sessionToken}` }));
    }
    return signedIn;
  } finally {
    await db.$disconnect();
  }
}

export async function userIdByEmail(databaseUrl: string, email: string): Promise<{ id: string; role: Role }> {
  const db = createPrismaClient(databaseUrl);
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true } });
    return user;
  } finally {
    await db.$disconnect();
  }
}
