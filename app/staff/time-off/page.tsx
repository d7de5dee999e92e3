import type { Metadata } from "next";
import { requireStaff } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { formatClinicDateTime } from "@/lib/availability/clinic-display";
import { listPractitionerOptions, listUpcomingTimeOff } from "@/lib/staff/time-off";
import { AffectedBookings } from "@/components/staff/affected-bookings";
import { TimeOffForm } from "@/components/staff/time-off-form";
import { createTimeOffAction } from "./actions";

export const metadata: Metadata = { title: "Time off" };

export default async function TimeOffPage() {
  await requireStaff("/staff/time-off");
  const now = new Date();
  const [{ timeZone }, practitioners, upcoming] = await Promise.all([
    getClinic(),
    listPractitionerOptions(),
    listUpcomingTimeOff(now),
  ]);
  const when = (date: Date) => formatClinicDateTime(date, timeZone);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-800">Time off</h1>
      <section aria-labelledby="new-heading" className="space-y-3">
        <h2 id="new-heading" className="text-xl font-semibold">Block a practitioner&rsquo;s time</h2>
        <p>Patients can no longer book inside the block. Bookings already there are kept and listed for you to follow up.</p>
        <TimeOffForm action={createTimeOffAction} practitioners={practitioners} timeZone={timeZone} />
      </section>
      <section aria-labelledby="upcoming-heading" className="space-y-3">
        <h2 id="upcoming-heading" className="text-xl font-semibold">Current and upcoming time off</h2>
        {upcoming.length === 0 ? <p>None.</p> : null}
        <ul className="space-y-4">
          {upcoming.map((t) => (
            <li key={t.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <p className="font-medium">
                {t.practitionerName}: {when(t.startsAt)} to {when(t.endsAt)}
              </p>
              {t.reason ? <p className="text-stone-700">{t.reason}</p> : null}
              <AffectedBookings bookings={t.affected.map((b) => ({ ...b, when: when(b.startsAt) }))} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
