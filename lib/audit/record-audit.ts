import { insertRows, newRowId } from "@/lib/db/raw-insert";
import { sqlTime } from "@/lib/db/sql-time";
import type { SqlTarget } from "@/lib/db/sql-transaction";

export type AuditInput = {
  actorId: string | null;
  /** Verb phrase, e.g. "booking.cancelled", "screening.viewed". */
  action: string;
  entityType: string;
  entityId: string;
  /** Identifiers and status names only — never health answers. */
  details?: Record<string, string | number | boolean | null>;
};

// Pass the transaction client so the audit row commits (or not) with the change.
export async function recordAudit(tx: SqlTarget, input: AuditInput): Promise<void> {
  await recordAudits(tx, [input]);
}

/**
 * Several audit rows in one statement (plain SQL, lib/db/raw-insert.ts): the
 * same rows Prisma's create wrote, one id and timestamp each, in this order.
 */
export async function recordAudits(tx: SqlTarget, inputs: readonly AuditInput[]): Promise<void> {
  await insertRows(
    tx,
    "AuditEvent",
    ["id", "actorId", "action", "entityType", "entityId", "details", "createdAt"],
    inputs.map((input) => [
      newRowId(),
      input.actorId,
      input.action,
      input.entityType,
      input.entityId,
      JSON.stringify(input.details ?? {}),
      sqlTime(new Date()),
    ]),
    { batch: true },
  );
}
