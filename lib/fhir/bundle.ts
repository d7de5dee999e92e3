import type { Bundle, BundleLink, Resource } from "@medplum/fhirtypes";
import type { ParsedSearch } from "./search-params";

// A searchset Bundle with offset paging. Links repeat the caller's own
// search parameters, so following "next" asks the same question again for
// the following page (results can shift if bookings change in between, as
// with any offset paging; _count keeps pages small).

export type SearchPage<R extends Resource> = { total: number; resources: R[] };

export function searchsetBundle<R extends Resource>(args: {
  /** e.g. https://clinic.example/api/fhir/R4 */
  base: string;
  type: string;
  params: URLSearchParams;
  search: ParsedSearch;
  page: SearchPage<R>;
}): Bundle<R> {
  const { base, type, params, search, page } = args;
  const linkTo = (offset: number): string => {
    const query = new URLSearchParams();
    for (const [k, v] of params) if (k !== "_count" && k !== "_offset") query.append(k, v);
    query.set("_count", String(search.count));
    if (offset > 0) query.set("_offset", String(offset));
    return `${base}/${type}?${query.toString()}`;
  };
  const link: BundleLink[] = [{ relation: "self", url: linkTo(search.offset) }];
  if (search.count > 0 && search.offset + search.count < page.total) {
    link.push({ relation: "next", url: linkTo(search.offset + search.count) });
  }
  if (search.offset > 0) {
    link.push({ relation: "previous", url: linkTo(Math.max(0, search.offset - Math.max(search.count, 1))) });
  }
  return {
    resourceType: "Bundle",
    type: "searchset",
    total: page.total,
    link,
    entry: page.resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: "match" },
    })),
  };
}
