import * as z from "zod";
import { checkDateRange, clinicDateField, optional, pageField, searchTextField } from "./filter-fields";

export const AUDIT_PAGE_SIZE = 50;

/**
 * `?person&record&from&to&page` for the audit trail. person: part of a name
 * or email; record: a booking reference ("CB-7K3Q9"), "Type:id"
 * ("TimeOff:clx…") or a bare record id.
 */
export const auditFiltersSchema = z
  .object({
    person: optional(searchTextField),
    record: optional(searchTextField),
    from: optional(clinicDateField),
    to: optional(clinicDateField),
    page: pageField,
  })
  .check(checkDateRange);

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export type RecordFilter = { reference: string } | { entityType: string; entityId: string } | { entityId: string };

export function parseRecordFilter(record: string): RecordFilter {
  const text = record.trim();
  if (/^CB-[2-9A-Z]{5}$/i.test(text)) return { reference: text.toUpperCase() };
  const typed = /^([A-Za-z][A-Za-z]*):(.+)$/.exec(text);
  if (typed) return { entityType: typed[1]!, entityId: typed[2]!.trim() };
  return { entityId: text };
}

export function auditFiltersQuery(filters: Partial<AuditFilters>, page?: number): string {
  const params = new URLSearchParams();
  for (const key of ["person", "record", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page && page > 1) params.set("page", String(page));
  return params.toString();
}
