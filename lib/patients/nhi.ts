// New Zealand National Health Index (NHI) numbers, checked by the Ministry of
// Health's validation routine (HISO 10046:2023, Consumer Health Identity Standard):
//   old form AAANNNC — three letters, three digits, a numeric check digit (mod 11);
//   new form AAANNAX — three letters, two digits, a letter, an alphabetic check (mod 23).
// Letters never include I or O (too easily read as 1 and 0). Pure: no I/O.

// A=1 … Z=24, skipping I and O.
const LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const L = "[A-HJ-NP-Z]";
const OLD_FORM = new RegExp(`^${L}{3}\\d{4}$`);
const NEW_FORM = new RegExp(`^${L}{3}\\d{2}${L}{2}$`);

export type NhiCheck =
  | { valid: true; nhi: string; form: "old" | "new" }
  | { valid: false; reason: "format" | "check-digit" };

/** Upper case, with spaces and hyphens people type removed. */
export function normalizeNhi(input: string): string {
  return input.replace(/[\s-]/g, "").toUpperCase();
}

function charValue(c: string): number {
  return /\d/.test(c) ? Number(c) : LETTERS.indexOf(c) + 1;
}

// Weights 7,6,5,4,3,2 over the first six characters.
function weightedSum(nhi: string): number {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += charValue(nhi[i]!) * (7 - i);
  return sum;
}

export function checkNhi(input: string): NhiCheck {
  const nhi = normalizeNhi(input);
  if (NEW_FORM.test(nhi)) {
    // Check value 23 - (sum mod 23) is 1..23, i.e. A..Y. A remainder of 0 is
    // valid (check letter Y); earlier routine versions disagreed on that.
    const check = 23 - (weightedSum(nhi) % 23);
    return LETTERS[check - 1] === nhi[6] ? { valid: true, nhi, form: "new" } : { valid: false, reason: "check-digit" };
  }
  if (OLD_FORM.test(nhi)) {
    const remainder = weightedSum(nhi) % 11;
    // A remainder of 0 has no check digit: no valid NHI has that base.
    if (remainder === 0) return { valid: false, reason: "check-digit" };
    const check = (11 - remainder) % 10;
    return Number(nhi[6]) === check ? { valid: true, nhi, form: "old" } : { valid: false, reason: "check-digit" };
  }
  return { valid: false, reason: "format" };
}

export function isValidNhi(input: string): boolean {
  return checkNhi(input).valid;
}
