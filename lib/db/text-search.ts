import { Prisma } from "@prisma/client";
import { databaseUrl, providerOf } from "./database-url";

/**
 * A Prisma `contains` filter that ignores case on both databases. SQLite's
 * LIKE already ignores ASCII case (and its client has no `mode`);
 * PostgreSQL's LIKE does not, so there it asks for ILIKE.
 */
export function containsIgnoringCase(text: string): { contains: string } {
  if (providerOf(databaseUrl()) === "postgresql") return { contains: text, mode: "insensitive" } as { contains: string };
  return { contains: text };
}

/** The LIKE operator of a raw query that ignores case on both databases (ILIKE on PostgreSQL). */
export function caseInsensitiveLike(): Prisma.Sql {
  return providerOf(databaseUrl()) === "postgresql" ? Prisma.sql`ILIKE` : Prisma.sql`LIKE`;
}
