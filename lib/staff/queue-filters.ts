import * as z from "zod";
import { BOOKING_STATUSES } from "@/lib/booking/lifecycle";
import { checkDateRange, clinicDateField, optional, pageField, searchTextField } from "./filter-fields";

export const QUEUE_PAGE_SIZE = 25;

/**
 * `?status&from&to&procedure&q&page` for the queue page, its CSV and the API.
 * Status defaults to FLAGGED; from/to are clinic dates (inclusive); procedure
 * is a slug; q is a booking reference or part of a patient's name.
 */
export const queueFiltersSchema = z
  .object({
    status: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toUpperCase() || undefined : v),
      z.enum(BOOKING_STATUSES, { error: "Choose a booking status from the list" }).default("FLAGGED"),
    ),
    from: optional(clinicDateField),
    to: optional(clinicDateField),
    procedure: optional(
      z.string().trim().max(100).regex(/^[a-z0-9-]+$/, { error: "Choose a procedure from the list" }),
    ),
    q: optional(searchTextField),
    page: pageField,
  })
  .check(checkDateRange);

export type QueueFilters = z.infer<typeof queueFiltersSchema>;

/** The filters as a query string (without page unless asked), for links and the CSV export. */
export function queueFiltersQuery(filters: Partial<QueueFilters>, page?: number): string {
  const params = new URLSearchParams();
  if (filters.status && filters.status !== "FLAGGED") params.set("status", filters.status);
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.procedure) params.set("procedure", filters.procedure);
  if (filters.q) params.set("q", filters.q);
  if (page && page > 1) params.set("page", String(page));
  return params.toString();
}

/**
 * A search that looks like a booking reference ("cb-7k3", "CB7K3Q9") becomes
 * an upper-case "CB-…" prefix, matched on the unique reference index; anything
 * else is a name search.
 */
export function referencePrefix(q: string): string | null {
  const compact = q.replace(/\s+/g, "").toUpperCase();
  const match = /^CB-?([2-9A-Z]{0,5})$/.exec(compact);
  return match ? `CB-${match[1]}` : null;
}
