// The patient profile: one Zod schema for the form and the server. Pure.
import { z } from "zod";
import { clinicToday } from "@/lib/availability/clinic-time";
import { checkNhi } from "./nhi";
import { datePartsFromFormData, type DateRules } from "@/lib/dates/date-parts";
import { dateSchema } from "@/lib/dates/date-schema";

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

export const DATE_OF_BIRTH_EARLIEST = `${EARLIEST_BIRTH_YEAR}-01-01`;

/** How a date of birth is checked and spoken about (GOV.UK / NHS.UK date input messages). */
export function dateOfBirthRules(today: string): DateRules {
  return { label: "Date of birth", missing: "Enter your date of birth", today, when: "past", earliest: DATE_OF_BIRTH_EARLIEST };
}

/**
 * `today` is the clinic's calendar date (YYYY-MM-DD): a birthday has no time zone.
 * Takes "YYYY-MM-DD" (the API) or the form's `{ day, month, year }` boxes; gives "YYYY-MM-DD".
 */
export function dateOfBirthSchema(today: string) {
  return dateSchema(dateOfBirthRules(today));
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

/** What the NHI messages say when the number is wrong: to the patient, or to staff about the patient. */
export type NhiMessages = { format: string; checkDigit: string };

const PATIENT_NHI_MESSAGES: NhiMessages = {
  format: `An NHI number is 3 letters then 4 characters, ${NHI_EXAMPLES_TEXT}. Leave it blank if you do not know it.`,
  checkDigit: "That NHI number does not check out. Check it against your card or letter, or leave it blank.",
};

/** Optional: blank means none. Stored in upper case. */
export function nhiSchemaWith(messages: NhiMessages) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const raw = (v ?? "").trim();
      if (raw === "") return null;
      const result = checkNhi(raw);
      if (result.valid) return result.nhi;
      ctx.addIssue({ code: "custom", message: result.reason === "format" ? messages.format : messages.checkDigit });
      return z.NEVER;
    });
}

export const nhiSchema = nhiSchemaWith(PATIENT_NHI_MESSAGES);

export function profileSchema(today: string) {
  return z.object({
    legalName: legalNameSchema,
    dateOfBirth: dateOfBirthSchema(today),
    phone: phoneSchema,
    nhi: nhiSchema,
  });
}

export type ProfileInput = z.infer<ReturnType<typeof profileSchema>>;

/** The posted profile form: the date of birth comes as three boxes (dateOfBirth-day, -month, -year). */
export function profileFromFormData(form: FormData): Record<Exclude<ProfileField, "dateOfBirth">, string> & { dateOfBirth: unknown } {
  const read = (f: ProfileField) => String(form.get(f) ?? "");
  return { legalName: read("legalName"), dateOfBirth: datePartsFromFormData(form, "dateOfBirth"), phone: read("phone"), nhi: read("nhi") };
}

/** The schema as of `now` (date of birth must be before today on the clinic's calendar, in its time zone). */
export function profileSchemaAt(now: Date, timeZone: string) {
  return profileSchema(clinicToday(now, timeZone));
}
