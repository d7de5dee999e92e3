import { insertRows, newRowId } from "@/lib/db/raw-insert";
import { sqlTime } from "@/lib/db/sql-time";
import type { SqlTarget } from "@/lib/db/sql-transaction";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** iCalendar text, attached as a .ics file when delivered. */
  icsContent?: string;
  /** e.g. "sign-in", "booking-confirmed", "check-in-reminder". */
  kind: string;
  bookingId?: string;
};

// Written in the caller's transaction: the email exists if and only if the change does.
// Plain SQL (lib/db/raw-insert.ts): the row Prisma's create wrote, without its query compiling.
export async function enqueueEmail(tx: SqlTarget, email: OutgoingEmail): Promise<void> {
  await insertRows(
    tx,
    "OutboxEmail",
    ["id", "to", "subject", "text", "html", "icsContent", "kind", "bookingId", "createdAt", "attempts"],
    [[newRowId(), email.to, email.subject, email.text, email.html ?? null, email.icsContent ?? null, email.kind, email.bookingId ?? null, sqlTime(new Date()), 0]],
    { batch: true },
  );
}
