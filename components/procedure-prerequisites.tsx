import Link from "next/link";

type Required = { id: string; slug: string; name: string };

/**
 * What must come before a procedure (docs/decisions/014), with a link to book
 * each. For a signed-in patient who has not had or booked one, an alert above
 * the free times, so they learn it before picking a time.
 */
export function ProcedurePrerequisites({ required, notBooked }: { required: Required[]; notBooked: readonly string[] }) {
  if (required.length === 0) return null;
  const missing = required.filter((r) => notBooked.includes(r.id));
  return (
    <section aria-labelledby="first-heading" className="max-w-3xl space-y-2">
      <h2 id="first-heading" className="text-xl font-semibold">
        What comes first
      </h2>
      <p>
        This procedure is booked after{" "}
        {required.map((r, i) => (
          <span key={r.id}>
            {i > 0 ? " and " : null}
            <Link href={`/procedures/${r.slug}`} className="text-brand-700 underline">
              {r.name}
            </Link>
          </span>
        ))}
        : you need to have had it, or have it booked for an earlier time.
      </p>
      {missing.length > 0 ? (
        <div role="alert" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
          <p className="font-semibold">You have not booked {missing.map((r) => r.name).join(" or ")} yet.</p>
          <ul className="mt-2 space-y-1">
            {missing.map((r) => (
              <li key={r.id}>
                <Link href={`/procedures/${r.slug}`} className="font-semibold text-brand-700 underline">
                  Book {r.name} first
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
