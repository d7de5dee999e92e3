import Link from "next/link";
import { WeekHeading, WeekLink } from "./slot-picker-week-nav";

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
  /** The first free time from today on ("Tuesday 1 December 2026 at 9:00 am" and its start), or null when none is free. */
  firstAvailable?: { startsAt: string; text: string } | null;
  /** Where a time links to; defaults to booking it. Rescheduling passes its own. */
  slotHref?: (startsAt: string) => string;
};

/** The id the week links jump to, so without JavaScript the new week still opens at the picker. */
export const SLOT_PICKER_ID = "slot-picker";

// Server-rendered week of free times: plain links work without JavaScript,
// with a keyboard and with a screen reader; the week links add focus handling.
export function SlotPicker({ procedureSlug, weekLabel, days, previousWeekHref, nextWeekHref, firstAvailable, slotHref }: Props) {
  const hrefFor = slotHref ?? ((startsAt: string) => `/procedures/${procedureSlug}/book?start=${encodeURIComponent(startsAt)}`);
  const total = days.reduce((n, d) => n + d.slots.length, 0);
  // "First available" sits outside the week's region: it is not one of this week's times.
  return (
    <>
      {firstAvailable === undefined ? null : firstAvailable ? (
        <p className="rounded-lg border border-brand-600 bg-brand-50 p-4">
          <strong>First available:</strong>{" "}
          <Link href={hrefFor(firstAvailable.startsAt)} className="font-semibold text-brand-800 underline">
            {firstAvailable.text}
          </Link>
        </p>
      ) : (
        <p className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
          There are no free times that can be booked online at the moment.
        </p>
      )}
      <section id={SLOT_PICKER_ID} aria-labelledby="slot-picker-heading" className="scroll-mt-4 space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <WeekHeading id="slot-picker-heading" text={`Free times: ${weekLabel}`} />
          <nav aria-label="Weeks" className="flex gap-2">
            <WeekLink href={previousWeekHref && `${previousWeekHref}#${SLOT_PICKER_ID}`}>Previous week</WeekLink>
            <WeekLink href={nextWeekHref && `${nextWeekHref}#${SLOT_PICKER_ID}`}>Next week</WeekLink>
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
    </>
  );
}
