import { randomInt } from "node:crypto";

// No 0/O, 1/I/L, or U/V, so a reference read over the phone cannot be misheard or misread.
export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
export const REFERENCE_LENGTH = 5;
export const REFERENCE_PATTERN = new RegExp(`^CB-[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`);

/**
 * A short human booking reference such as "CB-7K3Q9" (29^5 ≈ 20 million
 * values). Crypto-random so references cannot be guessed from one another;
 * uniqueness is the database's job (unique index, retried on collision).
 */
export function generateReference(pick: (max: number) => number = randomInt): string {
  let code = "";
  for (let i = 0; i < REFERENCE_LENGTH; i++) code += REFERENCE_ALPHABET[pick(REFERENCE_ALPHABET.length)];
  return `CB-${code}`;
}
