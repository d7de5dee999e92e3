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

let provider: { url: string | undefined; postgres: boolean } | undefined;

/**
 * Whether this process talks to PostgreSQL (raw SQL that differs by database
 * asks). Asked for every bound time, so the answer is kept until DATABASE_URL changes.
 */
export function isPostgres(): boolean {
  const url = process.env.DATABASE_URL;
  if (provider === undefined || provider.url !== url) provider = { url, postgres: providerOf(databaseUrl()) === "postgresql" };
  return provider.postgres;
}
