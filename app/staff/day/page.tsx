import type { Metadata } from "next";
import Link from "next/link";
import * as z from "zod";
import { requireStaff } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { formatClinicDate, formatClinicTime } from "@/lib/availability/clinic-display";
import { describeStatus } from "@/lib/booking/lifecycle";
import { CHECK_IN_LABELS, findDayList } from "@/lib/staff/day-list";
import { dayOrToday, dayQuerySchema, neighbouringDays } from "@/lib/staff/day-query";
import { pageSearchParamsObject } from "@/lib/http/search-params";
import { FieldError, buttonClass, inputClass } from "@/components/staff/form-parts";
import { PrintButton } from "@/components/staff/print-button";

export const metadata: Metadata = { title: "Day list" };

const CHECK_IN_STYLE = {
  NOT_YET_OPEN: "text-stone-600",
  DUE: "font-semibold text-amber-800",
  CLEAR: "text-green-800",
  FLAGGED: "font-semibold text-red-800",
  NOT_NEEDED: "text-stone-600",
} as const;

export default async function DayListPage({ searchParams }: PageProps<"/staff/day">) {
  await requireStaff("/staff/day");
  const raw = pageSearchParamsObject(await searchParams);
  const parsed = dayQuerySchema.safeParse(raw);
  const errors = parsed.success ? undefined : z.flattenError(parsed.error).fieldErrors.date;
  const { timeZone } = await getClinic();
  const now = new Date();
  const date = dayOrToday(parsed.success ? parsed.data.date : undefined, now, timeZone);
  const groups = await findDayList(date, timeZone, now);
  const { previous, next } = neighbouringDays(date);
  const count = groups.reduce((n, g) => n + g.bookings.length, 0);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold text-brand-800">Day list</h1>
          <p className="text-lg">{formatClinicDate(date, timeZone)}</p>
          <p className="text-sm text-stone-600">
            {count === 1 ? "1 booking" : `${count} bookings`}; times are clinic time. Check-in status as of{" "}
            {formatClinicTime(now, timeZone)}.
          </p>
        </div>
        <PrintButton label="Print day list" />
      </div>

      <div className="no-print flex flex-wrap items-end gap-4">
        <form method="get" action="/staff/day" className="flex items-end gap-2">
          <div>
            <label htmlFor="date" className="font-medium">Date</label>
            <input id="date" name="date" type="date" defaultValue={raw.date ?? date} className={inputClass}
              aria-invalid={errors ? true : undefined} aria-describedby={errors ? "date-error" : undefined} />
            <FieldError id="date-error" errors={errors} />
          </div>
          <button type="submit" className={buttonClass}>Show</button>
        </form>
        <nav aria-label="Days" className="flex gap-3">
          <Link href={`/staff/day?date=${previous}`} className="text-brand-700 underline">Previous day</Link>
          <Link href={`/staff/day?date=${next}`} className="text-brand-700 underline">Next day</Link>
        </nav>
      </div>

      {groups.length === 0 ? <p>No bookings on this day.</p> : null}
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`practitioner-${group.id}`} className="break-inside-avoid space-y-2">
          <h2 id={`practitioner-${group.id}`} className="text-xl font-semibold">{group.name}</h2>
          <div className="overflow-x-auto" role="region" aria-label={`Bookings with ${group.name}`} tabIndex={0}>
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col" className="border-b border-stone-300 p-2">Time</th>
                <th scope="col" className="border-b border-stone-300 p-2">Patient</th>
                <th scope="col" className="border-b border-stone-300 p-2">Procedure</th>
                <th scope="col" className="border-b border-stone-300 p-2">Reference</th>
                <th scope="col" className="border-b border-stone-300 p-2">Booking</th>
                <th scope="col" className="border-b border-stone-300 p-2">Check-in</th>
              </tr>
            </thead>
            <tbody>
              {group.bookings.map((b) => (
                <tr key={b.id}>
                  <td className="border-b border-stone-200 p-2">
                    {formatClinicTime(b.startsAt, timeZone)}–{formatClinicTime(b.endsAt, timeZone)}
                  </td>
                  <td className="border-b border-stone-200 p-2">{b.patientName}</td>
                  <td className="border-b border-stone-200 p-2">{b.procedureName}</td>
                  <td className="border-b border-stone-200 p-2">
                    <Link href={`/staff/bookings/${b.id}`} prefetch={false} className="font-mono text-brand-700 underline">
                      {b.reference}
                    </Link>
                  </td>
                  <td className="border-b border-stone-200 p-2">
                    {describeStatus(b.status)}
                    {b.insideTimeOff ? (
                      <span className="ml-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
                        Inside time off
                      </span>
                    ) : null}
                  </td>
                  <td className={`border-b border-stone-200 p-2 ${CHECK_IN_STYLE[b.checkIn]}`}>{CHECK_IN_LABELS[b.checkIn]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </section>
      ))}
    </div>
  );
}
