import type { Prisma, PrismaClient } from "@prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

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
export async function enqueueEmail(tx: Db, email: OutgoingEmail): Promise<void> {
  await tx.outboxEmail.create({ data: email });
}
