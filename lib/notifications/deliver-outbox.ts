import nodemailer, { type Transporter } from "nodemailer";
import type { PrismaClient } from "@prisma/client";
import { calendarMethodOf } from "../booking/booking-calendar";

// Sends pending outbox rows. Shared by the app (kicked after an enqueue) and
// by `npm run jobs:deliver-email`, so no "server-only" here: scripts import it.

export const MAX_ATTEMPTS = 5;

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

  const pending = await db.outboxEmail.findMany({
    where: { sentAt: null, attempts: { lt: MAX_ATTEMPTS } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true, to: true, subject: true, text: true, html: true, icsContent: true, attempts: true },
  });

  let sent = 0;
  let failed = 0;
  for (const email of pending) {
    // Claim the row by bumping attempts from the value we read: a second
    // deliverer running at the same time skips it instead of sending twice.
    const claimed = await db.outboxEmail.updateMany({
      where: { id: email.id, sentAt: null, attempts: email.attempts },
      data: { attempts: { increment: 1 } },
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
      await db.outboxEmail.update({ where: { id: email.id }, data: { sentAt: now(), lastError: null }, select: { id: true } });
      sent++;
    } catch (error) {
      await db.outboxEmail.update({ where: { id: email.id }, data: { lastError: shortError(error) }, select: { id: true } });
      failed++;
    }
  }
  return { sent, failed, skipped: false };
}
