import { REFERENCE_ALPHABET, REFERENCE_LENGTH } from "@/lib/booking/reference";

// cuid-shaped ids (Prisma's default is cuid()), unique by a counter rather than
// by randomness, so 200 000 of them never collide.
export function idFactory(prefix: string) {
  const stamp = Date.now().toString(36);
  let counter = 0;
  return () => `c${stamp}${prefix}${(counter++).toString(36).padStart(6, "0")}`;
}

/**
 * Booking references in the app's own format ("CB-" + 5 characters of its
 * alphabet). Index i is mapped through a multiplication modulo the code space,
 * which is a bijection when the multiplier is coprime to it: distinct indexes
 * give distinct codes that still look random. The app retries on collision
 * with these, exactly as it would with its own earlier bookings.
 */
export function referenceFor(index: number): string {
  const base = REFERENCE_ALPHABET.length;
  const space = base ** REFERENCE_LENGTH;
  if (index >= space) throw new RangeError("Too many bookings for the reference space");
  // 1 000 003 is prime and does not divide 29^5, so it is coprime to the space.
  let value = Number((BigInt(index) * 1_000_003n + 7_919n) % BigInt(space));
  let code = "";
  for (let i = 0; i < REFERENCE_LENGTH; i++) {
    code = REFERENCE_ALPHABET[value % base] + code;
    value = Math.floor(value / base);
  }
  return `CB-${code}`;
}
