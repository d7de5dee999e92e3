// The time a patient picked before signing in, read back from the return
// address the sign-in carries ("/procedures/{slug}/book?start=…"). Pure.

export type ChosenTime = { procedureSlug: string; startsAt: Date };

const BOOK_PATH = /^\/procedures\/([a-z0-9][a-z0-9-]{0,99})\/book$/;

/** The procedure and start a return path points at, or null for any other path. */
export function chosenTimeFromReturnPath(path: string): ChosenTime | null {
  let url: URL;
  try {
    url = new URL(path, "http://clinic.invalid");
  } catch {
    return null;
  }
  if (url.origin !== "http://clinic.invalid") return null;
  const match = BOOK_PATH.exec(url.pathname);
  const start = url.searchParams.get("start");
  if (!match || !start) return null;
  // The same instant format the slot picker writes (an ISO instant with its offset).
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(start)) return null;
  const startsAt = new Date(start);
  if (Number.isNaN(startsAt.getTime())) return null;
  return { procedureSlug: match[1]!, startsAt };
}
