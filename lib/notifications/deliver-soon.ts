import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { deliverPendingEmails } from "./deliver-outbox";

let running: Promise<unknown> | null = null;

/**
 * Best-effort delivery right after an enqueue. Never awaited by the request
 * and never throws: the row stays in the outbox and `npm run jobs:deliver-email`
 * (or the next kick) retries it.
 */
export function deliverOutboxSoon(): void {
  const { smtpUrl, emailFrom } = env();
  if (!smtpUrl || running) return;
  running = deliverPendingEmails({ db, smtpUrl, from: emailFrom })
    .catch((error: unknown) => console.error("Email delivery failed:", error instanceof Error ? error.name : "error"))
    .finally(() => {
      running = null;
    });
}
