import type { PoolConfig } from "pg";

/**
 * Pool settings from a postgres:// URL as separate fields. Prisma's shadow
 * database needs them apart: with a `connectionString` the URL's database
 * wins over the `database` field, so the "shadow" would be the real one.
 */
export function poolConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  const params = u.searchParams;
  const host = params.get("host") ?? decodeURIComponent(u.hostname || "localhost");
  return {
    host,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || undefined,
    ...(params.get("sslmode") && params.get("sslmode") !== "disable" ? { ssl: { rejectUnauthorized: params.get("sslmode") === "verify-full" } } : {}),
    ...(params.get("connection_limit") ? { max: Number(params.get("connection_limit")) } : {}),
  };
}
