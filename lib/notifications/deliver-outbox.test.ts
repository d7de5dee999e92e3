import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { deliverPendingEmails, MAX_ATTEMPTS } from "./deliver-outbox";
import { enqueueEmail } from "./outbox";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

describe("outbox delivery", () => {
  it("does nothing without SMTP_URL: emails stay pending", async () => {
    const to = `pending-${randomUUID()}@example.test`;
    await enqueueEmail(db, { to, subject: "Hello", text: "Hi", kind: "test" });
    expect(await deliverPendingEmails({ db, from: "clinic@example.test" })).toEqual({ sent: 0, failed: 0, skipped: true });
    expect(await db.outboxEmail.findFirst({ where: { to }, select: { sentAt: true, attempts: true } })).toEqual({ sentAt: null, attempts: 0 });
  });

  it("sends pending emails, attaching the calendar file as invite.ics, and marks them sent", async () => {
    const to = `ics-${randomUUID()}@example.test`;
    await enqueueEmail(db, { to, subject: "Booked", text: "See you", kind: "booking-confirmed", icsContent: "BEGIN:VCALENDAR\r\nEND:VCALENDAR" });
    const sent: Array<{ envelope: { to: string[] }; message: string }> = [];
    const transport = nodemailer.createTransport({ jsonTransport: true });
    transport.on("idle", () => {});
    const original = transport.sendMail.bind(transport);
    transport.sendMail = (async (mail: nodemailer.SendMailOptions) => {
      const info = await original(mail);
      sent.push({ envelope: info.envelope as { to: string[] }, message: String(info.message) });
      return info;
    }) as typeof transport.sendMail;

    const report = await deliverPendingEmails({ db, from: "clinic@example.test", transport });
    expect(report.failed).toBe(0);
    const mine = sent.find((s) => s.envelope.to.includes(to));
    expect(mine).toBeDefined();
    const message = JSON.parse(mine!.message);
    expect(message.attachments).toEqual([expect.objectContaining({ filename: "invite.ics", contentType: expect.stringContaining("text/calendar") })]);
    const row = await db.outboxEmail.findFirstOrThrow({ where: { to }, select: { sentAt: true, attempts: true, lastError: true } });
    expect(row).toEqual({ sentAt: expect.any(Date), attempts: 1, lastError: null });
    // Sent once only.
    await deliverPendingEmails({ db, from: "clinic@example.test", transport });
    expect(sent.filter((s) => s.envelope.to.includes(to))).toHaveLength(1);
  });

  it("records a failure without the link and gives up after the last attempt", async () => {
    const to = `fail-${randomUUID()}@example.test`;
    await enqueueEmail(db, { to, subject: "Sign in", text: "http://localhost/api/auth/callback/email?token=abc", kind: "sign-in" });
    const failing = { sendMail: async () => Promise.reject(new Error("Connection refused for http://localhost/api/auth/callback/email?token=abc")) };
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await deliverPendingEmails({ db, from: "clinic@example.test", transport: failing as unknown as nodemailer.Transporter });
    }
    const row = await db.outboxEmail.findFirstOrThrow({ where: { to }, select: { sentAt: true, attempts: true, lastError: true } });
    expect(row.sentAt).toBeNull();
    expect(row.attempts).toBe(MAX_ATTEMPTS);
    expect(row.lastError).toBe("Connection refused for [link]");
  });
});
