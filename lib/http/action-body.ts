// A first check of server-action request bodies, before Next.js decodes them.
// Next.js answers 500 when it cannot decode an action's arguments (bad JSON,
// a broken multipart body, a reference to a part that is not there) or when
// the body is over its 1 MB limit; these are the client's mistakes, so we
// answer 400/413 first. Pure, apart from the Web FormData parser.

export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * React's reply encoding writes a string starting with "$" as "$$…"; other
 * "$" values are references or special values. Our actions take plain
 * values and FormData ("$K<n>"), so anything else is refused.
 */
const SAFE_REFERENCE = /^\$(\$|K\d+$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/;

// "$@<n>" points at another part (a form post's bound arguments): only if it is there.
const PART_REFERENCE = /^\$@(\d+)$/;

type PartExists = (n: string) => boolean;

function referencesAreSafe(value: unknown, partExists: PartExists, depth = 0): boolean {
  if (depth > 32) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$") || SAFE_REFERENCE.test(value)) return true;
    const part = PART_REFERENCE.exec(value);
    return part !== null && partExists(part[1]!);
  }
  if (Array.isArray(value)) return value.every((v) => referencesAreSafe(v, partExists, depth + 1));
  if (value !== null && typeof value === "object") return Object.values(value).every((v) => referencesAreSafe(v, partExists, depth + 1));
  return true;
}

function parsesAsSafeJson(text: string, partExists: PartExists = () => false, argumentList = false): boolean {
  try {
    const value: unknown = JSON.parse(text);
    // A JavaScript call's root is the argument list: Next.js spreads it.
    if (argumentList && !Array.isArray(value)) return false;
    return referencesAreSafe(value, partExists);
  } catch {
    return false;
  }
}

export type ActionBodyVerdict = { ok: true } | { ok: false; status: 400 | 413 | 415; message: string };

const bad = (message: string): ActionBodyVerdict => ({ ok: false, status: 400, message });

/**
 * Checks a server action's body. `fetchAction` is true when the Next-Action
 * header is present (a JavaScript call); otherwise it is a no-JavaScript form
 * post, whose fields Next.js reads by their "$ACTION_…" names.
 */
export async function checkActionBody(contentType: string | null, body: Uint8Array, fetchAction: boolean): Promise<ActionBodyVerdict> {
  if (body.byteLength > ACTION_BODY_LIMIT_BYTES) return { ok: false, status: 413, message: "The form is too large (1 MB at most)." };
  const type = (contentType ?? "").split(";", 1)[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") {
    let form: FormData;
    try {
      form = await new Response(body as BodyInit, { headers: { "content-type": contentType! } }).formData();
    } catch {
      return bad("The form data could not be read.");
    }
    for (const [name, value] of form) {
      if (typeof value !== "string") continue;
      // Parts that Next.js or React decode as JSON: "0", "1", … for a
      // JavaScript call; "$ACTION_REF_…"/"$ACTION_KEY" bookkeeping and
      // "$ACTION_<n>:<m>" bound arguments for a form post.
      const formPart = /^(\$ACTION_\d+:)\d+$/.exec(name);
      const decoded = fetchAction ? /^\d+$/.test(name) : formPart !== null;
      const prefix = fetchAction ? "" : (formPart?.[1] ?? "");
      if (decoded && !parsesAsSafeJson(value, (n) => form.has(prefix + n), fetchAction && name === "0")) return bad("The form data could not be read.");
    }
    return { ok: true };
  }
  if (!fetchAction) return type === "application/x-www-form-urlencoded" ? { ok: true } : bad("Unsupported form encoding.");
  if (type === "text/plain" || type === "") {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      return bad("The request body is not UTF-8 text.");
    }
    return parsesAsSafeJson(text, () => false, true) ? { ok: true } : bad("The request body could not be read.");
  }
  if (type === "application/x-www-form-urlencoded") return { ok: true };
  return { ok: false, status: 415, message: "Unsupported content type for a form action." };
}
