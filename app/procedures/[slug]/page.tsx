import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getClinic } from "@/lib/clinic/clinic-data";
import { findProcedureBySlug } from "@/lib/procedures/procedure-data";
import { loadSlotPickerWeek } from "@/lib/availability/slot-picker-week";
import { timeZoneAbbreviation } from "@/lib/availability";
import { formatDuration } from "@/lib/procedures/format-duration";
import { ClinicNotice } from "@/components/clinic-notice";
import { SlotPicker } from "@/components/slot-picker";
import { TimeZoneNotice } from "@/components/time-zone-notice";
import { ProcedurePrerequisites } from "@/components/procedure-prerequisites";
import { getCurrentUser } from "@/lib/auth/current-user";
import { prerequisitesNotBooked } from "@/lib/booking/prerequisite-status";

export const dynamic = "force-dynamic";

type Props = PageProps<"/procedures/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const procedure = await findProcedureBySlug((await params).slug);
  return { title: procedure?.name ?? "Procedure not found" };
}

export default async function ProcedurePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { week } = await searchParams;
  const procedure = await findProcedureBySlug(slug);
  if (!procedure) notFound();

  const clinic = await getClinic();
  const now = new Date();
  const picker = await loadSlotPickerWeek({ slug, requestedWeek: typeof week === "string" ? week : undefined, now, timeZone: clinic.timeZone });
  const zoneLabel = `New Zealand time (${timeZoneAbbreviation(now, clinic.timeZone)})`;
  const weekHref = (date: string | null) => (date ? `/procedures/${slug}?week=${date}` : null);
  const required = procedure.prerequisites.map((p) => p.required);
  const notBooked = await prerequisitesNotBooked(await getCurrentUser(), required.map((r) => r.id));

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-800">{procedure.name}</h1>
        <p className="text-lg">{procedure.summary}</p>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-stone-700">
          <div className="flex gap-1">
            <dt className="font-semibold">Duration:</dt>
            <dd>{formatDuration(procedure.durationMinutes)}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="font-semibold">Health screening:</dt>
            <dd>{procedure.requiresScreening ? "Required before booking" : "Not needed"}</dd>
          </div>
        </dl>
      </header>

      <section aria-labelledby="about-heading" className="max-w-3xl space-y-2">
        <h2 id="about-heading" className="text-xl font-semibold">
          What happens
        </h2>
        <p>{procedure.description}</p>
      </section>

      {procedure.evidence ? (
        <section aria-labelledby="evidence-heading" className="max-w-3xl space-y-2">
          <h2 id="evidence-heading" className="text-xl font-semibold">
            The evidence
          </h2>
          <p>{procedure.evidence}</p>
        </section>
      ) : null}

      <ProcedurePrerequisites required={required} notBooked={notBooked} />

      {procedure.requiresScreening ? <ClinicNotice notice={clinic.notice} /> : null}

      <div>
        <p>
          All times are {zoneLabel}, {clinic.name}&rsquo;s local time.
        </p>
        <TimeZoneNotice clinicTimeZone={clinic.timeZone} label={zoneLabel} />
      </div>

      <SlotPicker
        procedureSlug={slug}
        weekLabel={picker.weekLabel}
        days={picker.days}
        firstAvailable={picker.firstAvailable}
        previousWeekHref={weekHref(picker.week.previous)}
        nextWeekHref={weekHref(picker.week.next)}
      />
    </article>
  );
}
