/** The optional "who would you like to see" field of a booking form; blank means the first one free. */
export function PractitionerChoice({
  practitioners,
  defaultValue = "",
}: {
  practitioners: { id: string; name: string }[];
  defaultValue?: string;
}) {
  if (practitioners.length < 2) return null;
  return (
    <div className="space-y-1">
      <label htmlFor="practitionerId" className="block font-semibold">
        Practitioner
      </label>
      <select
        id="practitionerId"
        name="practitionerId"
        defaultValue={defaultValue}
        className="rounded border border-stone-400 bg-white px-3 py-2"
      >
        <option value="">First available ({practitioners[0]!.name})</option>
        {practitioners.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
