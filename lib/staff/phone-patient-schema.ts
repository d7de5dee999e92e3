// What staff type when booking for a patient by phone: a search, or a new
// patient's details. Pure; the same rules as the patient's own profile, in
// words addressed to the staff member.
import * as z from "zod";
import { checkDateParts } from "@/lib/dates/date-parts";
import { dateSchema } from "@/lib/dates/date-schema";
import { dateOfBirthRules, isValidPhone, LEGAL_NAME_MAX, NHI_EXAMPLES_TEXT, nhiSchemaWith } from "@/lib/patients/profile-schema";

/** A written date (YYYY-MM-DD) that exists on the calendar. */
const isRealDate = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m !== null && checkDateParts({ year: m[1]!, month: m[2]!, day: m[3]! }, { label: "", missing: "" }).ok;
};

export const PATIENT_SEARCH_MIN = 2;

/** One box: part of a name, an email, a phone number, an NHI or a date of birth (YYYY-MM-DD or DD/MM/YYYY). */
export const patientSearchSchema = z.object({
  q: z
    .string({ error: "Enter a name, date of birth, NHI, phone or email." })
    .trim()
    .min(PATIENT_SEARCH_MIN, { error: `Enter at least ${PATIENT_SEARCH_MIN} characters to search.` })
    .max(200, { error: "Enter at most 200 characters." }),
});

export type PatientSearchTerms = {
  text: string;
  /** Set when the text is a real date (written YYYY-MM-DD or DD/MM/YYYY). */
  dateOfBirth: string | null;
  /** Set when the text has the shape of an NHI number. */
  nhi: string | null;
  /** The text without spaces, brackets or dashes, when it looks like a phone number. */
  phoneDigits: string | null;
};

/** How one search box is read: the same text is tried as each kind of detail. */
export function patientSearchTerms(q: string): PatientSearchTerms {
  const text = q.trim();
  const nz = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = nz ? `${nz[3]}-${nz[2]!.padStart(2, "0")}-${nz[1]!.padStart(2, "0")}` : text;
  const dateOfBirth = isRealDate(iso) ? iso : null;
  const upper = text.toUpperCase().replace(/\s+/g, "");
  const nhi = /^[A-Z]{3}[0-9A-Z]{4}$/.test(upper) ? upper : null;
  const digits = text.replace(/[\s().-]/g, "");
  const phoneDigits = !dateOfBirth && /^\+?\d{4,15}$/.test(digits) ? digits : null;
  return { text, dateOfBirth, nhi, phoneDigits };
}

/** A new patient's details as staff take them on the phone. `today` is the clinic's date. */
export function newPatientSchema(today: string) {
  return z.object({
    legalName: z
      .string({ error: "Enter the patient's full legal name." })
      .trim()
      .min(1, { error: "Enter the patient's full legal name." })
      .max(LEGAL_NAME_MAX, { error: `The name must be ${LEGAL_NAME_MAX} characters or fewer.` }),
    // The same three boxes and messages as the patient's own profile, said to staff.
    dateOfBirth: dateSchema({ ...dateOfBirthRules(today), missing: "Enter the patient's date of birth" }),
    phone: z
      .string({ error: "Enter a phone number for the patient." })
      .trim()
      .min(1, { error: "Enter a phone number for the patient.", abort: true })
      .max(30, { error: "Enter a phone number like 021 555 0100.", abort: true })
      .refine(isValidPhone, { error: "Enter a phone number like 021 555 0100 or +64 21 555 0100." }),
    email: z
      .string({ error: "Enter the patient's email address." })
      .trim()
      .min(1, { error: "Enter the patient's email address.", abort: true })
      .max(254, { error: "That email address is too long.", abort: true })
      .pipe(z.email({ error: "Enter an email address like name@example.com." }))
      .transform((v) => v.toLowerCase()),
    nhi: nhiSchemaWith({
      format: `An NHI number is 3 letters then 4 characters, ${NHI_EXAMPLES_TEXT}. Leave it blank if the patient does not know it.`,
      checkDigit: "That NHI number does not check out. Leave it blank if the patient is not sure.",
    }),
  });
}

export type NewPatientInput = z.output<ReturnType<typeof newPatientSchema>>;
