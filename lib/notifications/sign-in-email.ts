import type { OutgoingEmail } from "./outbox";

// The sign-in email. Pure. The link is a credential: it goes into the outbox
// (and the email) only — never into a log.
export function signInEmail(input: { to: string; url: string; expires: Date; clinicName: string }): OutgoingEmail {
  const minutes = Math.max(1, Math.round((input.expires.getTime() - Date.now()) / 60_000));
  const lifetime = minutes >= 60 ? `${Math.round(minutes / 60)} hour${minutes >= 120 ? "s" : ""}` : `${minutes} minutes`;
  return {
    to: input.to,
    kind: "sign-in",
    subject: `Your sign-in link for ${input.clinicName}`,
    text: [
      `Kia ora,`,
      ``,
      `Use this link to sign in to ${input.clinicName}:`,
      ``,
      input.url,
      ``,
      `The link works once and expires in ${lifetime}.`,
      `If you did not ask to sign in, you can ignore this email; nobody can sign in without the link.`,
    ].join("\n"),
  };
}
