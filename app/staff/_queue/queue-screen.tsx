import Link from "next/link";
import * as z from "zod";
import { getClinic } from "@/lib/clinic/clinic-data";
import { formatClinicDateCompact, formatClinicTime } from "@/lib/availability/clinic-display";
import { BOOKING_STATUSES, describeStatus } from "@/lib/booking/lifecycle";
import { withReadablePage } from "@/lib/staff/filter-fields";
import { isPastTheEnd } from "@/lib/staff/pagination";
import { queueFiltersQuery, queueFiltersSchema } from "@/lib/staff/queue-filters";
import { findQueuePage, listProcedureOptions } from "@/lib/staff/queue-query";
import { pageSearchParamsObject } from "@/lib/http/search-params";
import { formatWaitedFor } from "@/lib/staff/waited-for";
import { PaginationNav } from "@/components/staff/pagination-nav";
import { ReasonChips } from "@/components/staff/reason-chips";
import { FieldError, inputClass, buttonClass } from "@/components/staff/form-parts";

type Props = { searchParams: Record<string, string | string[] | undefined> };

/**
 * The flagged-bookings queue, rendered by app/staff/page.tsx (which guards it).
 * Filters are a GET form, so every view has a shareable, bookmarkable URL.
 */
export async function QueueScreen({ searchParams }: Props) {
  const raw = withReadablePage(pageSearchParamsObject(searchParams));
  const parsed = queueFiltersSchema.safeParse(raw);
  const fieldErrors: Record<string, string[] | undefined> = parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
  const [procedures, clinic] = await Promise.all([listProcedureOptions(), getClinic()]);
  const result = parsed.success ? await findQueuePage(parsed.data) : null;
  const filters = parsed.success ? parsed.data : null;
  const now = new Date();
  const when = (date: Date) => `${formatClinicDateCompact(date, clinic.timeZone)}, ${formatClinicTime(date, clinic.timeZone)}`;
  const status = filters?.status ?? "FLAGGED";
  const query = filters ? queueFiltersQuery(filters) : "";

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">
        {status === "FLAGGED" ? "Flagged bookings" : `Bookings: ${describeStatus(status)}`}
      </h1>

      <form method="get" action="/staff" aria-label="Filter the queue" className="no-print grid gap-4 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-3">
        <div>
          <label htmlFor="status" className="font-medium">Status</label>
          <select id="status" name="status" defaultValue={raw.status?.toUpperCase() || "FLAGGED"} className={inputClass}
            aria-invalid={fieldErrors.status ? true : undefined} aria-describedby={fieldErrors.status ? "status-error" : undefined}>
            {BOOKING_STATUSES.map((s) => (
              <option key={s} value={s}>{describeStatus(s).replace(/^./, (c) => c.toUpperCase())}</option>
            ))}
          </select>
          <FieldError id="status-error" errors={fieldErrors.status} />
        </div>
        <div>
          <label htmlFor="from" className="font-medium">From (clinic date)</label>
          <input id="from" name="from" type="date" defaultValue={raw.from} className={inputClass}
            aria-invalid={fieldErrors.from ? true : undefined} aria-describedby={fieldErrors.from ? "from-error" : undefined} />
          <FieldError id="from-error" errors={fieldErrors.from} />
        </div>
        <div>
          <label htmlFor="to" className="font-medium">To (clinic date)</label>
          <input id="to" name="to" type="date" defaultValue={raw.to} className={inputClass}
            aria-invalid={fieldErrors.to ? true : undefined} aria-describedby={fieldErrors.to ? "to-error" : undefined} />
          <FieldError id="to-error" errors={fieldErrors.to} />
        </div>
        <div>
          <label htmlFor="procedure" className="font-medium">Procedure</label>
          <select id="procedure" name="procedure" defaultValue={raw.procedure ?? ""} className={inputClass}
            aria-invalid={fieldErrors.procedure ? true : undefined} aria-describedby={fieldErrors.procedure ? "procedure-error" : undefined}>
            <option value="">All procedures</option>
            {procedures.map((p) => (
              <option key={p.slug} value={p.slug}>{p.name}</option>
            ))}
          </select>
          <FieldError id="procedure-error" errors={fieldErrors.procedure} />
        </div>
        <div>
          <label htmlFor="q" className="font-medium">Reference or patient name</label>
          <input id="q" name="q" type="search" defaultValue={raw.q} className={inputClass}
            aria-invalid={fieldErrors.q ? true : undefined} aria-describedby={fieldErrors.q ? "q-error" : undefined} />
          <FieldError id="q-error" errors={fieldErrors.q} />
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className={buttonClass}>Apply filters</button>
          <Link href="/staff" className="py-2 text-brand-700 underline">Clear</Link>
        </div>
      </form>

      {!result ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
          Some filters need correcting: see the messages beside them.
        </p>
      ) : (
        <section aria-labelledby="results-heading" className="space-y-4">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="results-heading" className="text-xl font-semibold" aria-live="polite">
              {result.total === 1 ? "1 booking" : `${result.total.toLocaleString("en-NZ")} bookings`}
              {result.total > result.pageSize ? `, page ${result.page} of ${Math.ceil(result.total / result.pageSize)}` : ""}
            </h2>
            <a href={`/api/staff/queue.csv${query ? `?${query}` : ""}`} className="no-print text-brand-700 underline" download>
              Download as CSV
            </a>
          </div>
          {isPastTheEnd(result.page, result.total, result.pageSize) ? (
            <p>
              No bookings on this page.{" "}
              <Link href={query ? `/staff?${query}` : "/staff"} className="text-brand-700 underline">
                Go to page 1
              </Link>
            </p>
          ) : result.items.length === 0 ? (
            <p>{status === "FLAGGED" && !query ? "No bookings are waiting for review." : "No bookings match these filters."}</p>
          ) : (
            <div className="overflow-x-auto" role="region" aria-label="Bookings table" tabIndex={0}>
              <table className="w-full border-collapse bg-white text-sm">
                <caption className="sr-only">Bookings, soonest procedure first</caption>
                <thead>
                  <tr className="text-left">
                    <th scope="col" className="border-b border-stone-300 p-2">Reference</th>
                    <th scope="col" className="border-b border-stone-300 p-2">Patient</th>
                    <th scope="col" className="border-b border-stone-300 p-2">Procedure</th>
                    <th scope="col" className="border-b border-stone-300 p-2">Time (clinic)</th>
                    <th scope="col" className="border-b border-stone-300 p-2">Reasons</th>
                    <th scope="col" className="border-b border-stone-300 p-2">Waiting</th>
                  </tr>
                </thead>
                <tbody>
                  {result.items.map((item) => (
                    <tr key={item.id} className="align-top">
                      <td className="border-b border-stone-200 p-2">
                        {/* No prefetch: opening a review is an audited view of health answers. */}
                        <Link href={`/staff/bookings/${item.id}`} prefetch={false} className="font-mono text-brand-700 underline">
                          {item.reference}
                        </Link>
                      </td>
                      <td className="border-b border-stone-200 p-2">{item.patientName}</td>
                      <td className="border-b border-stone-200 p-2">{item.procedureName}</td>
                      <td className="border-b border-stone-200 p-2">{when(item.startsAt)}</td>
                      <td className="border-b border-stone-200 p-2"><ReasonChips reasons={item.reasons} /></td>
                      <td className="border-b border-stone-200 p-2">
                        {item.flaggedSince ? (
                          <time dateTime={item.flaggedSince.toISOString()} title={`Flagged ${when(item.flaggedSince)}`}>
                            {formatWaitedFor(item.flaggedSince, now)}
                          </time>
                        ) : "—"}
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
            label="Queue pages"
            hrefFor={(page) => {
              const q = queueFiltersQuery(filters!, page);
              return q ? `/staff?${q}` : "/staff";
            }}
          />
        </section>
      )}
    </div>
  );
}
