import "server-only";
import { getClinic } from "@/lib/clinic/clinic-data";
import { clinicToday } from "@/lib/availability/clinic-time";
import type { QueueFilters } from "./queue-filters";
import { findQueueForExport } from "./queue-query";
import { queueCsv } from "./queue-export";

/** The queue export as a download, shared by /api/staff/queue?format=csv and /api/staff/queue.csv. */
export async function queueCsvResponse(filters: QueueFilters, now: Date): Promise<Response> {
  const { timeZone } = await getClinic();
  const { items, truncated } = await findQueueForExport(filters);
  const name = `queue-${filters.status.toLowerCase()}-${clinicToday(now, timeZone)}.csv`;
  return new Response(queueCsv(items, timeZone, now), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      // Patient names: never cached by a browser or a proxy.
      "Cache-Control": "no-store",
      ...(truncated ? { "X-Export-Truncated": "true" } : {}),
    },
  });
}
