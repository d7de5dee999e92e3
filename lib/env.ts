import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db/database-url";
import { parseTrustedProxies, type TrustedProxies } from "./http/client-address";

// The environment the app reads, parsed in one place. Everything has a working
// default so a fresh clone runs with no .env; a value that is set but wrong
// fails loudly, naming the variable.
const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const envSchema = z.object({
  DATABASE_URL: optionalText.transform((v) => v ?? DEFAULT_DATABASE_URL),
  PORT: optionalText.pipe(z.string().regex(/^\d+$/, "must be a port number").optional()),
  // Where the site is reached; sign-in links point here. Unset → localhost on PORT.
  NEXTAUTH_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional()),
  NEXTAUTH_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  AUTH_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  // e.g. smtp://user:pass@smtp.example.com:587 — unset means email stays in the outbox.
  SMTP_URL: optionalText.pipe(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional()),
  EMAIL_FROM: optionalText.transform((v) => v ?? "Clinic Booking <no-reply@localhost>"),
  ENABLE_DEV_MAILBOX: optionalText.pipe(z.enum(["true", "false"], { error: 'must be "true" or "false"' }).optional()),
  // Reverse proxies whose X-Forwarded-For is believed: comma-separated IPs or
  // CIDRs (e.g. "127.0.0.1" for nginx on the same machine). Unset → none.
  TRUSTED_PROXIES: optionalText.superRefine((v, ctx) => {
    try {
      parseTrustedProxies(v);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `must be comma-separated IP addresses or CIDR ranges (${(error as Error).message})` });
    }
  }),
  NODE_ENV: optionalText,
});

export type AppEnv = {
  databaseUrl: string;
  nextAuthUrl: string;
  secret: string | undefined;
  smtpUrl: string | undefined;
  emailFrom: string;
  devMailboxEnabled: boolean;
  production: boolean;
  trustedProxies: TrustedProxies;
  /** HSTS and Secure cookies: only when the public URL is https. */
  httpsPublicUrl: boolean;
};

export function parseEnv(env: NodeJS.ProcessEnv = process.env): AppEnv {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  const e = result.data;
  const production = e.NODE_ENV === "production";
  return {
    databaseUrl: e.DATABASE_URL,
    nextAuthUrl: (e.NEXTAUTH_URL ?? `http://localhost:${e.PORT ?? "3000"}`).replace(/\/+$/, ""),
    secret: e.NEXTAUTH_SECRET ?? e.AUTH_SECRET,
    smtpUrl: e.SMTP_URL,
    emailFrom: e.EMAIL_FROM,
    // The mailbox shows every email, sign-in links included: never on in
    // production unless explicitly asked for (the e2e server does).
    devMailboxEnabled: !production || e.ENABLE_DEV_MAILBOX === "true",
    production,
    trustedProxies: parseTrustedProxies(e.TRUSTED_PROXIES),
    httpsPublicUrl: (e.NEXTAUTH_URL ?? "").startsWith("https://"),
  };
}

let cached: AppEnv | undefined;

/** The parsed environment; also fills NEXTAUTH_URL in, because next-auth reads it straight from process.env. */
export function env(): AppEnv {
  if (!cached) {
    cached = parseEnv();
    process.env.NEXTAUTH_URL ??= cached.nextAuthUrl;
  }
  return cached;
}
