import * as z from "zod";
import type { FhirResourceType } from "@/lib/api-clients/scopes";
import { intersectRanges, parseDateParam, type InstantRange } from "./date-param";
import { FhirError } from "./fhir-error";
import { isFhirId } from "./fhir-ids";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, SEARCH_PARAMS } from "./search-spec";

// Turns a search's query string into checked values. Anything we do not
// understand is refused with a clear message rather than silently ignored:
// a practice system that filters on a parameter we skip would otherwise
// receive far more records than it asked for.

export type ParsedSearch = {
  count: number;
  offset: number;
  /** token, uri and reference values (references reduced to ids), OR-ed. */
  values: Record<string, string[]>;
  dates: Record<string, InstantRange>;
};

const pageSchema = z.object({
  _count: z.coerce
    .number({ error: "_count must be a whole number" })
    .int({ error: "_count must be a whole number" })
    .min(0, { error: "_count cannot be negative" })
    .transform((n) => Math.min(n, MAX_PAGE_SIZE))
    .default(DEFAULT_PAGE_SIZE),
  _offset: z.coerce
    .number({ error: "_offset must be a whole number" })
    .int({ error: "_offset must be a whole number" })
    .min(0, { error: "_offset cannot be negative" })
    .max(1_000_000, { error: "_offset is too large" })
    .default(0),
});

const RESULT_PARAMS = new Set(["_count", "_offset", "_format"]);

export function parseSearch(type: FhirResourceType, params: URLSearchParams, timeZone: string): ParsedSearch {
  const spec = SEARCH_PARAMS[type];
  const page = pageSchema.safeParse({
    _count: single(params, "_count"),
    _offset: single(params, "_offset"),
  });
  if (!page.success) {
    const issue = page.error.issues[0]!;
    throw new FhirError("invalid", issue.message, String(issue.path[0]));
  }
  const format = params.get("_format");
  if (format !== null && !["json", "application/json", "application/fhir+json"].includes(format)) {
    throw new FhirError("not-supported", "Only JSON is offered: _format=json or leave _format out.", "_format");
  }

  // No prototype: a parameter named "constructor" or "__proto__" is just unknown.
  const values: Record<string, string[]> = Object.create(null);
  const dates: Record<string, InstantRange> = Object.create(null);
  for (const name of new Set(params.keys())) {
    if (RESULT_PARAMS.has(name)) continue;
    if (name.includes(":")) {
      throw new FhirError("not-supported", `Search modifiers such as "${name}" are not supported.`, name);
    }
    const param = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!param) {
      const known = Object.keys(spec).join(", ");
      throw new FhirError("invalid", `${type} has no search parameter "${name}". Known: ${known}, _count.`, name);
    }
    const all = params.getAll(name);
    if (param.type === "date") {
      dates[name] = intersectRanges(all.map((v) => parseDateParam(v, timeZone, name)));
      continue;
    }
    if (all.length > 1) {
      throw new FhirError("invalid", `Give ${name} once; separate alternatives with commas.`, name);
    }
    const items = all[0]!.split(",").map((v) => v.trim());
    if (items.some((v) => v === "" || v.length > 200)) {
      throw new FhirError("invalid", `${name} has an empty or overlong value.`, name);
    }
    if (param.type === "reference") {
      values[name] = items.map((v) => referenceId(v, param.targets, name));
    } else if (name === "_id") {
      // An id that cannot exist simply matches nothing, but say so plainly.
      if (!items.every(isFhirId)) throw new FhirError("invalid", "_id must be FHIR ids (letters, digits, - and .).", name);
      values[name] = items;
    } else {
      values[name] = items;
    }
  }
  return { count: page.data._count, offset: page.data._offset, values, dates };
}

function single(params: URLSearchParams, name: string): string | undefined {
  const all = params.getAll(name);
  if (all.length > 1) throw new FhirError("invalid", `Give ${name} once.`, name);
  return all[0];
}

function referenceId(value: string, targets: readonly string[], name: string): string {
  const [type, id] = value.includes("/") ? value.split("/", 2) : [undefined, value];
  if (type !== undefined && !targets.includes(type)) {
    throw new FhirError("invalid", `${name} must refer to ${targets.join(" or ")}, not ${type}.`, name);
  }
  if (!id || !isFhirId(id)) throw new FhirError("invalid", `${name}: "${value}" is not a reference such as ${targets[0]}/{id}.`, name);
  return id;
}
