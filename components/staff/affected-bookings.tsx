import Link from "next/link";

type Props = {
  bookings: { id: string; reference: string; patientName: string; procedureName: string; when: string }[];
};

/** Bookings inside a block of time off: kept, not silently moved, so staff can call each patient. */
export function AffectedBookings({ bookings }: Props) {
  if (bookings.length === 0) return <p className="text-sm text-stone-600">No bookings inside this time.</p>;
  return (
    <div>
      <p className="font-medium text-amber-900">Needs follow-up: these bookings fall inside this time off.</p>
      <ul className="list-disc pl-6">
        {bookings.map((b) => (
          <li key={b.id}>
            <Link href={`/staff/bookings/${b.id}`} prefetch={false} className="font-mono text-brand-700 underline">
              {b.reference}
            </Link>{" "}
            {b.patientName}, {b.procedureName}, {b.when}
          </li>
        ))}
      </ul>
    </div>
  );
}
