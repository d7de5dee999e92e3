import { formatClinicTime } from "@/lib/availability/clinic-display";
import { clinicDateOf } from "@/lib/availability/clinic-time";
import { toCsv } from "./csv";
import { reasonChipLabel } from "./reason-chip-labels";
import { formatWaitedFor } from "./waited-for";

type ExportItem = {
  reference: string;
  status: string;
  startsAt: Date;
  patientName: string;
  procedureName: string;
  reasons: { code: string; message?: string }[];
  flaggedSince: Date | null;
};

export const QUEUE_CSV_HEADER = ["Reference", "Patient", "Procedure", "Date", "Time", "Status", "Reasons", "Waiting"] as const;

/**
 * The queue as CSV: exactly the columns the queue page shows, times on the
 * clinic's clock. Reasons are the short chip labels — no health answers and
 * no reason messages, which can quote what the patient wrote.
 */
export function queueCsv(items: readonly ExportItem[], timeZone: string, now: Date): string {
  return toCsv([
    QUEUE_CSV_HEADER,
    ...items.map((item) => [
      item.reference,
      item.patientName,
      item.procedureName,
      clinicDateOf(item.startsAt, timeZone),
      formatClinicTime(item.startsAt, timeZone),
      item.status,
      item.reasons.map((r) => reasonChipLabel(r.code)).join("; "),
      item.flaggedSince ? formatWaitedFor(item.flaggedSince, now) : "",
    ]),
  ]);
}
