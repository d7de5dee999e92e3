import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

// The development mailbox: every outbox email, readable in the browser.

export function devMailboxEnabled(): boolean {
  return env().devMailboxEnabled;
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
