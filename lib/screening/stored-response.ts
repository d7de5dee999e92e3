// The one reader of a stored ScreeningResponse's JSON columns, for the
// patient's pages and the staff console alike. Defensive: an odd value must
// show up as it is, never crash a page or the queue. Pure.

/** A reason as stored: its code, its whole message, and its own words without the closing advice. */
export type StoredReason = { code: string; message: string; detail: string };

/**
 * `reasons` is stored as JSON [{ code, message, detail?, advice? }]. A reason
 * missing its message is kept and shown by its code (staff must see that
 * there was a reason); one without a code is not a reason.
 */
export function parseStoredReasons(text: string | null | undefined): StoredReason[] {
  const value = parseJson(text);
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): StoredReason[] => {
    if (typeof item !== "object" || item === null) return [];
    const { code, message, detail } = item as Record<string, unknown>;
    if (typeof code !== "string") return [];
    const whole = typeof message === "string" ? message : code;
    return [{ code, message: whole, detail: typeof detail === "string" ? detail : whole }];
  });
}

/** `answers` is stored as a JSON object; anything else reads as no answers. */
export function parseStoredAnswers(text: string | null | undefined): unknown {
  return parseJson(text) ?? {};
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
