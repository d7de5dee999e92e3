import "server-only";
import { db } from "@/lib/db/client";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { isLoopback } from "@/lib/http/client-address";
import { clientIp } from "@/lib/http/request-client";

// The development mailbox: every outbox email, readable in the browser.

/**
 * Whether this request may read the mailbox: only when it is enabled, and
 * only from this machine (the client address, as TRUSTED_PROXIES lets us
 * know it) — the mailbox holds sign-in links, so another computer on the
 * network must never read it, even with the mailbox on.
 */
export async function devMailboxOpenToThisRequest(): Promise<boolean> {
  if (!env().devMailboxEnabled) return false;
  return isLoopback(clientIp(await headers()));
}

export async function listMailbox(limit = 100) {
  return db.outboxEmail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, to: true, subject: true, kind: true, createdAt: true, sentAt: true },
  });
}

export async function getMailboxEmail(id: string) {
  return db.outboxEmail.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, text: true, kind: true, icsContent: true, createdAt: true, sentAt: true, attempts: true, lastError: true },
  });
}
