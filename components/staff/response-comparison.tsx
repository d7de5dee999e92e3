import type { ComparisonRow } from "@/lib/staff/compare-responses";

type Column = { id: string; heading: string; submitted: string; outcome: "CLEAR" | "FLAGGED" };

/**
 * Every screening response side by side, one row per question. An answer that
 * differs from the response before it is highlighted and labelled "changed",
 * so the difference does not rest on colour alone.
 */
export function ResponseComparison({ columns, rows }: { columns: Column[]; rows: ComparisonRow[] }) {
  if (columns.length === 0) return <p>This booking has no screening responses.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Screening answers, oldest response first; changed answers are marked</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-stone-300 p-2 text-left align-bottom">
              Question
            </th>
            {columns.map((column) => (
              <th key={column.id} scope="col" className="border-b border-stone-300 p-2 text-left align-bottom">
                <span className="block">{column.heading}</span>
                <span className="block font-normal text-stone-600">{column.submitted}</span>
                <span className={column.outcome === "FLAGGED" ? "font-semibold text-amber-800" : "font-normal text-green-800"}>
                  {column.outcome === "FLAGGED" ? "Flagged" : "Clear"}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <th scope="row" className="border-b border-stone-200 p-2 text-left font-normal">
                {row.label}
              </th>
              {row.cells.map((cell, i) => (
                <td
                  key={columns[i]!.id}
                  className={`border-b border-stone-200 p-2 ${cell.changed ? "bg-amber-100 font-medium" : ""}`}
                >
                  {cell.answer ?? <span className="text-stone-500">Not asked</span>}
                  {cell.changed ? (
                    <span className="ml-2 rounded bg-amber-700 px-1.5 py-0.5 text-xs font-semibold text-white">changed</span>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
