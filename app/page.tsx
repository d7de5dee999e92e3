import { getClinic } from "@/lib/clinic/clinic-data";
import { listProcedures } from "@/lib/procedures/procedure-data";
import { ClinicNotice } from "@/components/clinic-notice";
import { ProcedureCard } from "@/components/procedure-card";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [clinic, procedures] = await Promise.all([getClinic(), listProcedures()]);
  return (
    <div className="space-y-8">
      <section aria-labelledby="welcome-heading" className="space-y-3">
        <h1 id="welcome-heading" className="text-3xl font-bold text-brand-800">
          Book with {clinic.name}
        </h1>
        <p className="max-w-2xl text-lg">
          Choose a procedure to see what it involves, the evidence behind it, and the times our team is free.
        </p>
      </section>
      <ClinicNotice notice={clinic.notice} />
      <section aria-labelledby="procedures-heading">
        <h2 id="procedures-heading" className="text-2xl font-semibold">
          Procedures
        </h2>
        {procedures.length === 0 ? (
          <p className="mt-4">No procedures are open for booking right now. Please call us.</p>
        ) : (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {procedures.map((p) => (
              <ProcedureCard key={p.slug} {...p} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
