/**
 * Asked when the booking's practitioner is not free at the new time: who the
 * patient would like to see instead. No default, so nobody is chosen for them.
 */
export function PractitionerRadios({ current, free }: { current: string; free: { id: string; name: string }[] }) {
  return (
    <fieldset className="space-y-2 rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
      <legend className="px-1 font-semibold">Who would you like to see?</legend>
      <p id="practitioner-choice-hint">
        {current} is not free at that time. These practitioners are; choose one, or choose a different time.
      </p>
      {free.map((p) => (
        <div key={p.id} className="flex items-center gap-2">
          <input type="radio" id={`practitioner-${p.id}`} name="practitionerId" value={p.id} required className="h-5 w-5" aria-describedby="practitioner-choice-hint" />
          <label htmlFor={`practitioner-${p.id}`}>{p.name}</label>
        </div>
      ))}
    </fieldset>
  );
}
