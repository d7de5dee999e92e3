import nodemailer, { type Transporter } from "nodemailer";
import type { PrismaClient } from "@prisma/client";
import { calendarMethodOf } from "../booking/booking-calendar";

// Sends pending outbox rows. Shared by the app (kicked after an enqueue) and
// by `npm run jobs:deliver-email`, so no "server-only" here: scripts import it.

export const MAX_ATTEMPTS = 5;
// Longer than any one SMTP send; a deliverer that died mid-send is retried after it.
const LEASE_MS = 5 * 60_000;

export type DeliveryReport = { sent: number; failed: number; skipped: boolean };

export type DeliverOptions = {
  db: PrismaClient;
  /** e.g. smtp://user:pass@host:587; without it (and without a transport) nothing is sent. */
  smtpUrl?: string;
  from: string;
  /** Tests pass nodemailer's jsonTransport; otherwise built from smtpUrl. */
  transport?: Transporter;
  limit?: number;
  now?: () => Date;
};

// Errors can echo the message; keep only a short first line, never the body.
function shortError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!.replace(/https?:\/\/\S+/g, "[link]").slice(0, 300);
}

export async function deliverPendingEmails(options: DeliverOptions): Promise<DeliveryReport> {
  const { db, from, limit = 50, now = () => new Date() } = options;
  if (!options.transport && !options.smtpUrl) return { sent: 0, failed: 0, skipped: true };
  const transport = options.transport ?? nodemailer.createTransport(options.smtpUrl);

  const deliverable = (at: Date) => ({
    sentAt: null,
    attempts: { lt: MAX_ATTEMPTS },
    OR: [{ leaseUntil: null }, { leaseUntil: { lt: at } }],
  });
  const pending = await db.outboxEmail.findMany({
    where: deliverable(now()),
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, to: true, subject: true, text: true, html: true, icsContent: true, attempts: true },
  });

  let sent = 0;
  let failed = 0;
  for (const email of pending) {
    // Claim the row with a conditional update: it matches only while nobody
    // else holds a lease on it, so another deliverer (another instance, a
    // cron run) skips it instead of sending it twice. On PostgreSQL the
    // second UPDATE waits for the first and then re-checks the condition.
    const claimedAt = now();
    const claimed = await db.outboxEmail.updateMany({
      // attempts as read (it is below the maximum) also refuses a row claimed since.
      where: { ...deliverable(claimedAt), id: email.id, attempts: email.attempts },
      data: { attempts: { increment: 1 }, leaseUntil: new Date(claimedAt.getTime() + LEASE_MS) },
    });
    if (claimed.count === 0) continue;
    try {
      await transport.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.html ? { html: email.html } : {}),
        ...(email.icsContent
          ? { attachments: [{ filename: "invite.ics", content: email.icsContent, contentType: `text/calendar; charset=utf-8; method=${calendarMethodOf(email.icsContent)}` }] }
          : {}),
      });
      await db.outboxEmail.update({ where: { id: email.id }, data: { sentAt: now(), lastError: null, leaseUntil: null }, select: { id: true } });
      sent++;
    } catch (error) {
      // Lease released: the next run tries again.
      await db.outboxEmail.update({ where: { id: email.id }, data: { lastError: shortError(error), leaseUntil: null }, select: { id: true } });
      failed++;
    }
  }
  return { sent, failed, skipped: false };
}
