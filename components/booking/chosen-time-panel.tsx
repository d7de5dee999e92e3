import type { ChosenTimeView } from "@/lib/booking/chosen-time-data";

/** The time a patient picked, kept in view while they sign in. */
export function ChosenTimePanel({ chosen }: { chosen: ChosenTimeView }) {
  return (
    <section aria-labelledby="chosen-time-heading" className="space-y-1 rounded-lg border border-brand-600 bg-brand-50 p-4">
      <h2 id="chosen-time-heading" className="text-lg font-semibold">
        Your chosen time
      </h2>
      <p className="font-semibold">{chosen.procedureName}</p>
      <p>
        {chosen.date} at {chosen.time}
      </p>
      <p className="text-sm text-stone-700">
        Not booked yet: once you have signed in you come back to this time to confirm it.
      </p>
    </section>
  );
}
