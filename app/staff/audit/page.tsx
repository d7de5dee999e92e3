import type { Metadata } from "next";
import Link from "next/link";
import * as z from "zod";
import { requireAdmin } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { formatClinicDateTime } from "@/lib/availability/clinic-display";
import { auditFiltersQuery, auditFiltersSchema } from "@/lib/staff/audit-filters";
import { findAuditPage } from "@/lib/staff/audit-query";
import { withReadablePage } from "@/lib/staff/filter-fields";
import { isPastTheEnd } from "@/lib/staff/pagination";
import { pageSearchParamsObject } from "@/lib/http/search-params";
import { FieldError, buttonClass, inputClass } from "@/components/staff/form-parts";
import { PaginationNav } from "@/components/staff/pagination-nav";

export const metadata: Metadata = { title: "Audit trail" };

const ROLE_WORDS: Record<string, string> = { PATIENT: "patient", STAFF: "staff", ADMIN: "admin" };

/** Events with no person behind them: an API client's reads, or the app's own jobs. */
function actorWhenNone(details: Record<string, unknown>): string {
  return typeof details.apiClientName === "string" ? `API client ${details.apiClientName}` : "The system";
}

export default async function AuditPage({ searchParams }: PageProps<"/staff/audit">) {
  await requireAdmin("/staff/audit");
  const raw = withReadablePage(pageSearchParamsObject(await searchParams));
  const parsed = auditFiltersSchema.safeParse(raw);
  const errors: Record<string, string[] | undefined> = parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
  const { timeZone } = await getClinic();
  const result = parsed.success ? await findAuditPage(parsed.data, timeZone) : null;
  const filtersQuery = auditFiltersQuery(parsed.success ? parsed.data : {});
  const pageOneHref = filtersQuery ? `/staff/audit?${filtersQuery}` : "/staff/audit";
  const input = (name: "person" | "record" | "from" | "to", label: string, type: "text" | "date", hint?: string) => (
    <div>
      <label htmlFor={name} className="font-medium">{label}</label>
      {hint ? <p id={`${name}-hint`} className="text-sm text-stone-600">{hint}</p> : null}
      <input id={name} name={name} type={type} defaultValue={raw[name]} className={inputClass}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={[hint ? `${name}-hint` : "", errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined} />
      <FieldError id={`${name}-error`} errors={errors[name]} />
    </div>
  );

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">Audit trail</h1>
      <p>Who did what to which record, and when — including every staff view of a patient&rsquo;s health answers.</p>
      <form method="get" action="/staff/audit" aria-label="Filter the audit trail" className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-2">
        {input("person", "Person", "text", "Part of a name or email address.")}
        {input("record", "Record", "text", "A booking reference (CB-7K3Q9), Type:id (TimeOff:…) or a record id.")}
        {input("from", "From (clinic date)", "date")}
        {input("to", "To (clinic date)", "date")}
        <div className="flex items-end gap-3">
          <button type="submit" className={buttonClass}>Apply filters</button>
          <Link href="/staff/audit" className="py-2 text-brand-700 underline">Clear</Link>
        </div>
      </form>
      {!result ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          Some filters need correcting: see the messages beside them.
        </p>
      ) : (
        <section aria-labelledby="events-heading" className="space-y-4">
          <h2 id="events-heading" className="text-xl font-semibold">
            {result.total === 1 ? "1 event" : `${result.total.toLocaleString("en-NZ")} events`}
          </h2>
          {isPastTheEnd(result.page, result.total, result.pageSize) ? (
            <p>
              No events on this page.{" "}
              <Link href={pageOneHref} className="text-brand-700 underline">Go to page 1</Link>
            </p>
          ) : result.items.length === 0 ? <p>No events match these filters.</p> : (
            /* relative: the screen-reader-only text in the cells is placed inside this region, so it cannot widen the page. */
            <div className="relative overflow-x-auto" role="region" aria-label="Audit events table" tabIndex={0}>
              <table className="w-full border-collapse bg-white text-sm">
                <caption className="sr-only">Audit events, newest first</caption>
                <thead>
                  <tr className="text-left">
                    <th scope="col" className="border-b border-stone-300 p-2">When (clinic time)</th>
                    <th scope="col" className="border-b border-stone-300 p-2">Who</th>
                    <th scope="col" className="border-b border-stone-300 p-2">Role</th>
                    <th scope="col" className="border-b border-stone-300 p-2">What</th>
                    <th scope="col" className="border-b border-stone-300 p-2">Record</th>
                    <th scope="col" className="border-b border-stone-300 p-2">Patient</th>
                    <th scope="col" className="border-b border-stone-300 p-2">Details</th>
                  </tr>
                </thead>
                <tbody>
                  {result.items.map((e) => (
                    <tr key={e.id} className="align-top">
                      <td className="border-b border-stone-200 p-2">
                        <time dateTime={e.createdAt.toISOString()}>
                          {formatClinicDateTime(e.createdAt, timeZone)}
                        </time>
                      </td>
                      {/* Role in its own column: names sometimes carry one already ("Sam Patel (nurse)"). */}
                      <td className="border-b border-stone-200 p-2">{e.actor ? e.actor.name : actorWhenNone(e.details)}</td>
                      <td className="border-b border-stone-200 p-2">{e.actor ? ROLE_WORDS[e.actor.role] ?? e.actor.role.toLowerCase() : "—"}</td>
                      <td className="border-b border-stone-200 p-2 font-medium">{e.actionLabel}</td>
                      <td className="border-b border-stone-200 p-2">
                        {e.record.kind}
                        {e.record.label ? <> {e.record.label}</> : e.record.patientName ? null : <span className="text-stone-700"> (no longer on file)</span>}
                      </td>
                      <td className="border-b border-stone-200 p-2">{e.record.patientName ?? "—"}</td>
                      <td className="border-b border-stone-200 p-2">
                        <details>
                          <summary className="cursor-pointer text-brand-700 underline">
                            Details<span className="sr-only">: {e.actionLabel}, {formatClinicDateTime(e.createdAt, timeZone)}</span>
                          </summary>
                          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
                            {e.fields.map((f) => (
                              <div key={f.label} className="contents">
                                <dt className="font-medium">{f.label}</dt>
                                <dd>{f.value}</dd>
                              </div>
                            ))}
                            <dt className="font-medium">Record id</dt>
                            <dd className="break-all">{e.entityId}</dd>
                          </dl>
                        </details>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <PaginationNav
            page={result.page}
            total={result.total}
            pageSize={result.pageSize}
            label="Audit pages"
            hrefFor={(page) => {
              const q = auditFiltersQuery(parsed.success ? parsed.data : {}, page);
              return q ? `/staff/audit?${q}` : "/staff/audit";
            }}
          />
        </section>
      )}
    </div>
  );
}
