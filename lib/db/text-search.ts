import { databaseUrl, providerOf } from "./database-url";

/**
 * A Prisma `contains` filter that ignores case on both databases. SQLite's
 * LIKE already ignores ASCII case (and its client has no `mode`);
 * PostgreSQL's LIKE does not, so there it asks for ILIKE.
 */
export function containsIgnoringCase(text: string): { contains: string } {
  if (isPostgres()) return { contains: text, mode: "insensitive" } as { contains: string };
  return { contains: text };
}

/** Whether this process talks to PostgreSQL (raw SQL that differs by database asks). */
export function isPostgres(): boolean {
  return providerOf(databaseUrl()) === "postgresql";
}
