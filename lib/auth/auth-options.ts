import "server-only";
import type { AuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getClinic } from "@/lib/clinic/clinic-data";
import { enqueueEmail } from "@/lib/notifications/outbox";
import { signInEmail } from "@/lib/notifications/sign-in-email";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-soon";
import { authSecret } from "./auth-secret";
import { PATIENT_SESSION_SECONDS } from "./database-session";
import { normaliseEmailIdentifier } from "./email-identifier";
import { idleAwareAdapter } from "./idle-session-adapter";

export const SIGN_IN_LINK_MAX_AGE_SECONDS = 60 * 60;

const NOT_SENT = Symbol("sign-in email not sent");

let cached: AuthOptions | undefined;

/** next-auth configuration, built on first use (not at import, so builds need no secret). */
export function authOptions(): AuthOptions {
  if (cached) return cached;
  env(); // fills NEXTAUTH_URL in before next-auth reads it
  cached = {
    secret: authSecret(),
    // @auth/prisma-adapter is typed for @auth/core; its methods are what v4 calls.
    adapter: idleAwareAdapter(PrismaAdapter(db) as unknown as Adapter, db),
    session: { strategy: "database", maxAge: PATIENT_SESSION_SECONDS },
    providers: [
      EmailProvider({
        from: env().emailFrom,
        maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
        // next-auth's own rule, made ours so the rate limits count the same address.
        normalizeIdentifier(identifier) {
          const email = normaliseEmailIdentifier(identifier);
          if (!email) throw new Error("Invalid email address format.");
          return email;
        },
        // The link goes to the outbox (and from there by SMTP, or to the dev
        // mailbox) — never to a log. Emailed links are for patients only: a
        // staff or admin address gets no email, but the same work is done
        // (the email is written, then rolled back), so neither the answer nor
        // its timing tells a stranger which addresses belong to staff.
        async sendVerificationRequest({ identifier, url, expires }) {
          const [clinic, user] = await Promise.all([
            getClinic(),
            db.user.findUnique({ where: { email: identifier }, select: { role: true } }),
          ]);
          const send = !user || user.role === "PATIENT";
          const mail = signInEmail({ to: identifier, url, expires, clinicName: clinic.name });
          await db
            .$transaction(async (tx) => {
              await enqueueEmail(tx, mail);
              if (!send) throw NOT_SENT;
            })
            .catch((error: unknown) => {
              if (error !== NOT_SENT) throw error;
            });
          if (send) deliverOutboxSoon();
        },
      }),
    ],
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
    callbacks: {
      // Emailed links are for patients. Staff and admins must use their
      // password (and get the 30-minute idle session), so no link for them:
      // asking for one is answered like any other address (and sends nothing,
      // see sendVerificationRequest); using one is refused here.
      async signIn({ user, email }) {
        if (email?.verificationRequest) return true;
        const role = (user as { role?: string } | undefined)?.role;
        return role === undefined || role === "PATIENT";
      },
    },
    // next-auth's default logger prints error metadata, which can hold the
    // email address or a Prisma error echoing the sign-in link: codes only.
    logger: {
      error: (code) => console.error(`[auth] ${code}`),
      warn: (code) => console.warn(`[auth] ${code}`),
      debug: () => {},
    },
  };
  return cached;
}
