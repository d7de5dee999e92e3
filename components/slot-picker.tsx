import Link from "next/link";

export type SlotPickerDay = {
  date: string;
  heading: string;
  slots: { startsAt: string; time: string; label: string }[];
};

type Props = {
  procedureSlug: string;
  weekLabel: string;
  days: SlotPickerDay[];
  previousWeekHref: string | null;
  nextWeekHref: string | null;
  /** Where a time links to; defaults to booking it. Rescheduling passes its own. */
  slotHref?: (startsAt: string) => string;
};

// Server-rendered week of free times: plain links work without JavaScript,
// with a keyboard and with a screen reader.
export function SlotPicker({ procedureSlug, weekLabel, days, previousWeekHref, nextWeekHref, slotHref }: Props) {
  const hrefFor = slotHref ?? ((startsAt: string) => `/procedures/${procedureSlug}/book?start=${encodeURIComponent(startsAt)}`);
  const total = days.reduce((n, d) => n + d.slots.length, 0);
  return (
    <section aria-labelledby="slot-picker-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="slot-picker-heading" className="text-xl font-semibold">
          Free times: {weekLabel}
        </h2>
        <nav aria-label="Weeks" className="flex gap-2">
          <WeekLink href={previousWeekHref}>Previous week</WeekLink>
          <WeekLink href={nextWeekHref}>Next week</WeekLink>
        </nav>
      </div>
      {total === 0 ? <p>There are no free times this week. Try the next week.</p> : null}
      <div className="grid gap-4 md:grid-cols-2">
        {days.map((day) => (
          <section key={day.date} aria-labelledby={`day-${day.date}`} className="rounded-lg border border-stone-200 bg-white p-4">
            <h3 id={`day-${day.date}`} className="font-semibold">
              {day.heading}
            </h3>
            {day.slots.length === 0 ? (
              <p className="mt-2 text-sm text-stone-600">No free times</p>
            ) : (
              <ul className="mt-2 flex flex-wrap gap-2">
                {day.slots.map((slot) => (
                  <li key={slot.startsAt}>
                    <Link
                      href={hrefFor(slot.startsAt)}
                      aria-label={slot.label}
                      className="inline-block rounded border border-brand-600 px-3 py-1.5 text-brand-700 hover:bg-brand-50"
                    >
                      {slot.time}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}

function WeekLink({ href, children }: { href: string | null; children: React.ReactNode }) {
  const className = "rounded border px-3 py-1.5 text-sm";
  if (!href) {
    return (
      <span aria-disabled="true" className={`${className} border-stone-200 text-stone-400`}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} className={`${className} border-stone-300 hover:bg-stone-100`}>
      {children}
    </Link>
  );
}
