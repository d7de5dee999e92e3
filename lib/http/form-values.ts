// A posted form as plain text: what a failed action echoes back so answers are
// kept. No Zod here, so the browser's form code can use it.

/** What a form showed, by field name: kept after a failure so nothing typed is lost. */
export type FormValues = Partial<Record<string, string | string[]>>;

/** FormData → plain object for Zod; a repeated key keeps its first value. */
export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !(key in out)) out[key] = value;
  return out;
}

/**
 * The posted form as text, for ActionFailure.values. Fields named in
 * `multiValued` stay arrays; secrets (`omit`, e.g. a password) are never echoed.
 */
export function formValues(
  formData: FormData,
  { multiValued = [], omit = [] }: { multiValued?: readonly string[]; omit?: readonly string[] } = {},
): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    // Next.js adds its own $ACTION_* fields to a posted server-action form.
    if (key.startsWith("$") || omit.includes(key)) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = multiValued.includes(key) ? all : (all[0] ?? "");
  }
  return values;
}
