import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { devMailboxOpenToThisRequest, getMailboxEmail } from "@/lib/notifications/mailbox-data";

export const metadata: Metadata = { title: "Email", robots: { index: false } };

// Plain text with its http(s) links made clickable; never the stored HTML.
function linkify(text: string) {
  return text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part} className="break-all text-brand-700 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

export default async function MailboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await devMailboxOpenToThisRequest())) notFound();
  const email = await getMailboxEmail((await params).id);
  if (!email) notFound();
  return (
    <div className="space-y-4">
      <p>
        <Link href="/dev/mailbox" className="text-brand-700 underline">
          Back to the mailbox
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{email.subject}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 text-sm">
        <dt className="font-medium">To</dt>
        <dd>{email.to}</dd>
        <dt className="font-medium">Kind</dt>
        <dd>{email.kind}</dd>
        <dt className="font-medium">Queued</dt>
        <dd>{email.createdAt.toISOString()}</dd>
        <dt className="font-medium">Delivery</dt>
        <dd>{email.sentAt ? `sent ${email.sentAt.toISOString()}` : `not sent (${email.attempts} attempts)`}</dd>
      </dl>
      <div className="whitespace-pre-wrap rounded border border-stone-200 bg-white p-4 font-mono text-sm">{linkify(email.text)}</div>
      {email.icsContent ? (
        <details>
          <summary>Calendar attachment (invite.ics)</summary>
          <pre className="overflow-x-auto text-xs">{email.icsContent}</pre>
        </details>
      ) : null}
    </div>
  );
}
