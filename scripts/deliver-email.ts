// Sends pending outbox emails by SMTP (npm run jobs:deliver-email). Run it
// from cron or a timer; without SMTP_URL it says so and exits.
import { createPrismaClient } from "../lib/db/create-client";
import { deliverPendingEmails } from "../lib/notifications/deliver-outbox";
import { parseEnv } from "../lib/env";

const settings = parseEnv();
const db = createPrismaClient(settings.databaseUrl);

deliverPendingEmails({ db, smtpUrl: settings.smtpUrl, from: settings.emailFrom, limit: 500 })
  .then((report) => {
    if (report.skipped) console.log("SMTP_URL is not set: emails stay in the outbox (see /dev/mailbox in development).");
    else console.log(`Emails sent: ${report.sent}, failed: ${report.failed}.`);
    if (report.failed > 0) process.exitCode = 1;
  })
  .catch((error: unknown) => {
    console.error("Email delivery failed:", error instanceof Error ? error.message.split("\n")[0] : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
