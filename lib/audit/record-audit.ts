import type { Prisma, PrismaClient } from "@prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

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
export async function recordAudit(tx: Db, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      details: JSON.stringify(input.details ?? {}),
    },
  });
}
