// Queues check-in reminder emails (npm run jobs:reminders). Run it from cron
// or a timer, e.g. every 15 minutes; running it again never sends twice.
// Delivery is the outbox's job (npm run jobs:deliver-email).
import { createPrismaClient } from "../../lib/db/create-client";
import { parseEnv } from "../../lib/env";
import { checkInOpensHoursFrom } from "../../lib/screening/check-in-window";
import { sendCheckInReminders } from "./check-in-reminders";

const settings = parseEnv();
const opensHours = checkInOpensHoursFrom(process.env);
const db = createPrismaClient(settings.databaseUrl);

sendCheckInReminders(db, { now: new Date(), opensHours, baseUrl: settings.nextAuthUrl })
  .then((run) => {
    console.log(
      `Check-in reminders (window ${opensHours} h): ${run.queued} queued, ${run.alreadySent} already sent, ${run.failed} failed.`,
    );
    if (run.failed > 0) process.exitCode = 1;
  })
  .catch((error: unknown) => {
    console.error("Check-in reminders failed:", error instanceof Error ? error.message.split("\n")[0] : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
