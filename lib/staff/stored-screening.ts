// Reads the JSON columns of a stored ScreeningResponse. Defensive: an odd
// value must show up for staff as it is, never crash the queue.

export type StoredReason = { code: string; message: string };

/** `reasons` is stored as JSON [{ code, message }]. */
export function parseReasons(text: string | null | undefined): StoredReason[] {
  const value = parseJson(text);
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): StoredReason[] => {
    if (typeof item !== "object" || item === null) return [];
    const { code, message } = item as Record<string, unknown>;
    if (typeof code !== "string") return [];
    return [{ code, message: typeof message === "string" ? message : code }];
  });
}

/** `answers` is stored as a JSON object; anything else reads as no answers. */
export function parseAnswers(text: string | null | undefined): unknown {
  return parseJson(text) ?? {};
}

// Short chip labels for the queue, so a row reads at a glance; the full
// message is kept for the review page and as the chip's title.
const CHIP_LABELS: Record<string, string> = {
  SYMPTOMS: "Symptoms",
  FEVER: "Fever",
  POSITIVE_TEST: "Positive test",
  CLOSE_CONTACT: "Close contact",
  RECENT_RESPIRATORY_ILLNESS: "Recent illness",
  RECENT_COVID: "Recent COVID-19",
  FREE_TEXT_RESPIRATORY: "Mentions illness",
};

export function reasonChipLabel(code: string): string {
  return CHIP_LABELS[code] ?? code.toLowerCase().replaceAll("_", " ");
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
