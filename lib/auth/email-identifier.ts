// The address next-auth's Email provider actually emails, from what was typed.
// Pure. next-auth 4.24's default normalizeIdentifier: NFKC, trim, exactly one
// "@", no quotes, lower case, and the domain cut at the first "," — so
// "victim@x.nz,123" is emailed as "victim@x.nz". We give next-auth this same
// function, and count sign-in limits on its result, so a suffix can never buy
// a fresh allowance for the same inbox.

/** The normalised address, or null when next-auth would refuse it. */
export function normaliseEmailIdentifier(identifier: unknown): string | null {
  if (typeof identifier !== "string") return null;
  const trimmed = identifier.normalize("NFKC").trim();
  if ((trimmed.match(/@/g) ?? []).length !== 1 || trimmed.includes('"')) return null;
  const [local, rawDomain] = trimmed.toLowerCase().split("@");
  if (!local || !rawDomain) return null;
  const domain = rawDomain.split(",")[0]!;
  if (!domain.includes(".")) return null;
  return `${local}@${domain}`;
}

/** For rate-limit keys: the normalised address, else the input lower-cased and trimmed. */
export function emailLimitKey(identifier: unknown): string {
  return normaliseEmailIdentifier(identifier) ?? String(identifier ?? "").normalize("NFKC").trim().toLowerCase();
}
