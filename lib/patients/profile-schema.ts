// The patient profile: one Zod schema for the form and the server. Pure.
import { z } from "zod";
import { clinicToday } from "@/lib/availability/clinic-time";
import { checkNhi } from "./nhi";

/**
 * Examples shown to patients: reserved test NHIs (Z-prefixed, nobody's real
 * number) that pass the check digit, in the old and the new form.
 */
export const NHI_EXAMPLES = ["ZZZ0016", "ZBN77VL"] as const;
export const NHI_EXAMPLES_TEXT = `like ${NHI_EXAMPLES.join(" or ")}`;

export const PROFILE_FIELDS = ["legalName", "dateOfBirth", "phone", "nhi"] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const LEGAL_NAME_MAX = 200;
export const EARLIEST_BIRTH_YEAR = 1900;

export const legalNameSchema = z
  .string({ error: "Enter your full legal name." })
  .trim()
  .min(1, "Enter your full legal name.")
  .max(LEGAL_NAME_MAX, `Your name must be ${LEGAL_NAME_MAX} characters or fewer.`);

/** A real calendar date (no 31 February) as YYYY-MM-DD. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `today` is the clinic's calendar date (YYYY-MM-DD): a birthday has no time zone. */
export function dateOfBirthSchema(today: string) {
  return z
    .string({ error: "Enter your date of birth." })
    .trim()
    .min(1, { error: "Enter your date of birth.", abort: true })
    .refine(isRealDate, { error: "Enter a real date, for example 1980-05-17.", abort: true })
    .refine((v) => v < today, "Your date of birth must be in the past.")
    .refine((v) => v >= `${EARLIEST_BIRTH_YEAR}-01-01`, "Check the year of your date of birth.");
}

// NZ numbers as people write them: 021 555 0100, (09) 555 0100, +64 21 555 0100,
// 0800 123 456. Overseas patients may give any international number (+ and 8–15 digits).
const NZ_PHONE = /^(?:\+?64|0)[2-9]\d{6,9}$/;
const INTERNATIONAL_PHONE = /^\+[1-9]\d{7,14}$/;

export function normalizePhone(input: string): string {
  return input.trim().replace(/[\s().-]/g, "");
}

export function isValidPhone(input: string): boolean {
  const p = normalizePhone(input);
  return NZ_PHONE.test(p) || INTERNATIONAL_PHONE.test(p);
}

export const phoneSchema = z
  .string({ error: "Enter a phone number we can reach you on." })
  .trim()
  .min(1, { error: "Enter a phone number we can reach you on.", abort: true })
  .max(30, { error: "Enter a phone number we can reach you on, like 021 555 0100.", abort: true })
  .refine(isValidPhone, "Enter a phone number like 021 555 0100 or +64 21 555 0100.");

/** Optional: blank means none. Stored in upper case. */
export const nhiSchema = z
  .string()
  .optional()
  .transform((v, ctx) => {
    const raw = (v ?? "").trim();
    if (raw === "") return null;
    const result = checkNhi(raw);
    if (result.valid) return result.nhi;
    ctx.addIssue({
      code: "custom",
      message:
        result.reason === "format"
          ? `An NHI number is 3 letters then 4 characters, ${NHI_EXAMPLES_TEXT}. Leave it blank if you do not know it.`
          : "That NHI number does not check out. Check it against your card or letter, or leave it blank.",
    });
    return z.NEVER;
  });

export function profileSchema(today: string) {
  return z.object({
    legalName: legalNameSchema,
    dateOfBirth: dateOfBirthSchema(today),
    phone: phoneSchema,
    nhi: nhiSchema,
  });
}

export type ProfileInput = z.infer<ReturnType<typeof profileSchema>>;

export function profileFromFormData(form: FormData): Record<ProfileField, string> {
  return Object.fromEntries(PROFILE_FIELDS.map((f) => [f, String(form.get(f) ?? "")])) as Record<ProfileField, string>;
}

/** The schema as of `now` (date of birth must be before today on the clinic's calendar, in its time zone). */
export function profileSchemaAt(now: Date, timeZone: string) {
  return profileSchema(clinicToday(now, timeZone));
}
