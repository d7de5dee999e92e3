import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { devMailboxOpenToThisRequest, listMailbox } from "@/lib/notifications/mailbox-data";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

// Development only: every outbox email, sign-in links included. 404 in
// production unless ENABLE_DEV_MAILBOX=true (the e2e server sets it).
export default async function MailboxPage() {
  if (!(await devMailboxOpenToThisRequest())) notFound();
  const emails = await listMailbox();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-800">Development mailbox</h1>
      <p className="text-sm text-stone-700">Emails the app has queued, newest first. This page does not exist in production.</p>
      {emails.length === 0 ? (
        <p>No emails yet.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {emails.map((e) => (
            <li key={e.id} className="p-3">
              <Link href={`/dev/mailbox/${e.id}`} className="font-medium text-brand-700 underline">
                {e.subject} — to {e.to}
              </Link>
              <p className="text-sm text-stone-600">
                {e.kind} · queued {e.createdAt.toISOString()} · {e.sentAt ? "sent" : "not sent"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
