// Procedure, clinic date and time, practitioner: the same block on every booking step.
type Props = {
  procedureName: string;
  /** e.g. "Thursday 3 December 2026" (clinic date). */
  date: string;
  /** e.g. "10:00 am New Zealand time (NZDT)". */
  time: string;
  practitioner?: string;
  reference?: string;
  status?: string;
  place?: string;
};

export function BookingSummary({ procedureName, date, time, practitioner, reference, status, place }: Props) {
  const rows: [string, string | undefined][] = [
    ["Reference", reference],
    ["Status", status],
    ["Procedure", procedureName],
    ["Date", date],
    ["Time", time],
    ["Practitioner", practitioner],
    ["Where", place],
  ];
  return (
    <dl className="grid max-w-xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-4">
      {rows
        .filter((row): row is [string, string] => Boolean(row[1]))
        .map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
