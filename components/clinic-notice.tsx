export function ClinicNotice({ notice }: { notice: string }) {
  return (
    <aside
      aria-labelledby="clinic-notice-heading"
      className="rounded-lg border-l-4 border-amber-600 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id="clinic-notice-heading" className="font-semibold">
        Unwell with a cough or cold?
      </h2>
      <p className="mt-1">{notice}</p>
    </aside>
  );
}
