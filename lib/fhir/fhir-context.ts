import type { Resource } from "@medplum/fhirtypes";
import type { SearchPage } from "./bundle";
import type { ParsedSearch } from "./search-params";

/** What every reader needs besides the query: the clock and the clinic. */
export type FhirContext = { now: Date; timeZone: string; clinicName: string };

/** Read and search for one resource type. */
export type ResourceReader<R extends Resource = Resource> = {
  read: (id: string, ctx: FhirContext) => Promise<R | null>;
  search: (search: ParsedSearch, ctx: FhirContext) => Promise<SearchPage<R>>;
};

/** Prisma `{ in: [...] }` when the parameter was given, else no filter. */
export function inList(values: string[] | undefined): { in: string[] } | undefined {
  return values ? { in: values } : undefined;
}
