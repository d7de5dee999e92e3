import { createHash, randomBytes } from "node:crypto";

// Bearer tokens and feed tokens: 32 random bytes (256 bits), base64url. With
// that much entropy a fast SHA-256 is enough to store them safely — there is
// no small password space for a slow hash to protect (docs/decisions/016) —
// and it lets us find the row by the hash with one indexed lookup.

export type NewSecretToken = { token: string; hash: string; hint: string };

/** A new token with a readable prefix ("cbk_" for API clients, "cbf_" for feeds). */
export function newSecretToken(prefix: string): NewSecretToken {
  const token = `${prefix}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashSecretToken(token), hint: token.slice(0, prefix.length + 4) };
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
