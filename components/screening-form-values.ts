// What the screening form shows and gets back from its server action. Plain
// module (no "use client") so a server action can build these too.

/** The raw text a patient typed or ticked, echoed back only to that patient's own form. */
export type ScreeningFormValues = Partial<Record<string, string | string[]>>;

export type ScreeningFormFailure = {
  ok: false;
  formErrors: string[];
  fieldErrors: Record<string, string[]>;
  /**
   * Without JavaScript the page reloads after a failed post; these put the
   * patient's answers back into the fields so nothing has to be typed twice.
   */
  values?: ScreeningFormValues;
  /** A link past a refusal, e.g. "Change that booking" (docs/decisions/014). */
  next?: { label: string; href: string };
};

/** The state of a form that carries the questionnaire (success usually redirects away). */
export type ScreeningFormState = ScreeningFormFailure | { ok: true; message?: string } | null;

/** The posted form as text, for ScreeningFormFailure.values. Multi-value fields stay arrays. */
export function screeningFormValues(fd: FormData, multiValued: readonly string[] = ["symptoms"]): ScreeningFormValues {
  const values: ScreeningFormValues = {};
  for (const key of new Set(fd.keys())) {
    // Next.js adds its own $ACTION_* fields to a posted server-action form.
    if (key.startsWith("$")) continue;
    const all = fd.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = multiValued.includes(key) ? all : (all[0] ?? "");
  }
  return values;
}
