import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { makeScreenedBooking } from "@/tests/support/screened-booking";
import { sendCheckInReminders } from "../../scripts/jobs/check-in-reminders";

const db = createPrismaClient();
afterAll(async () => {
  await db.$disconnect();
});

/** `npm run jobs:reminders` against this test file's database; resolves with its output. */
async function runJobProcess(): Promise<string> {
  const { stdout } = await promisify(execFile)(
    path.resolve("node_modules/.bin/tsx"),
    ["scripts/jobs/send-check-in-reminders.ts"],
    { env: { ...process.env, CHECK_IN_OPENS_HOURS: "72", NEXTAUTH_URL: baseUrl }, timeout: 50_000 },
  );
  return stdout;
}

const hour = 3_600_000;
const baseUrl = "https://book.example.test";
const options = (now: Date) => ({ now, opensHours: 72, baseUrl });
const remindersFor = (bookingId: string) => db.outboxEmail.findMany({ where: { bookingId, kind: "check-in-reminder" } });

// Each test uses its own far-apart "now", so bookings from other tests are outside its window.
let clock = Date.UTC(2031, 0, 1);
const freshNow = () => new Date((clock += 30 * 24 * hour));

describe("sendCheckInReminders", { timeout: 20_000 }, () => {
  it("queues one reminder with the check-in link once the window is open, and none before", async () => {
    const now = freshNow();
    const due = await makeScreenedBooking(db, { startsAt: new Date(now.getTime() + 48 * hour) });
    const notYet = await makeScreenedBooking(db, { startsAt: new Date(now.getTime() + 72 * hour + 60_000) });

    const run = await sendCheckInReminders(db, options(now));
    expect(run).toMatchObject({ queued: 1, failed: 0 });
    const [email, ...more] = await remindersFor(due.booking.id);
    expect(more).toHaveLength(0);
    expect(email?.to).toBe(due.patient.email);
    expect(email?.text).toContain(`${baseUrl}/bookings/${due.booking.id}/check-in`);
    expect((await db.booking.findUniqueOrThrow({ where: { id: due.booking.id } })).reminderSentAt).toEqual(now);
    expect(await remindersFor(notYet.booking.id)).toHaveLength(0);
  });

  it("never sends twice when run again", async () => {
    const now = freshNow();
    const { booking } = await makeScreenedBooking(db, { startsAt: new Date(now.getTime() + 24 * hour) });
    await sendCheckInReminders(db, options(now));
    const again = await sendCheckInReminders(db, options(new Date(now.getTime() + hour)));
    expect(again.queued).toBe(0);
    expect(await remindersFor(booking.id)).toHaveLength(1);
  });

  it("sends once when two job processes run at the same time", async () => {
    // better-sqlite3 is synchronous, so real overlap needs real processes, as
    // in production (cron firing while a slow run is still going). They use
    // the real clock: these bookings are 10 to 50 hours from now.
    const now = Date.now();
    const bookings = await Promise.all(
      Array.from({ length: 20 }, (_, i) => makeScreenedBooking(db, { startsAt: new Date(now + (10 + 2 * i) * hour) })),
    );
    const outputs = await Promise.all([runJobProcess(), runJobProcess()]);
    for (const { booking } of bookings) expect(await remindersFor(booking.id)).toHaveLength(1);
    const queued = outputs.map((out) => Number(/(\d+) queued/.exec(out)?.[1] ?? NaN));
    expect(queued[0]! + queued[1]!).toBe(20);
  }, 60_000);

  it("reminds flagged bookings too, but not cancelled ones or procedures without screening", async () => {
    const now = freshNow();
    const startsAt = new Date(now.getTime() + 30 * hour);
    const flagged = await makeScreenedBooking(db, { startsAt, status: "FLAGGED" });
    const cancelled = await makeScreenedBooking(db, { startsAt, status: "CANCELLED" });
    const unscreened = await makeScreenedBooking(db, { startsAt, requiresScreening: false });
    await sendCheckInReminders(db, options(now));
    expect(await remindersFor(flagged.booking.id)).toHaveLength(1);
    expect(await remindersFor(cancelled.booking.id)).toHaveLength(0);
    expect(await remindersFor(unscreened.booking.id)).toHaveLength(0);
  });

  it("reminds again for a new date when a reminded booking moved later", async () => {
    const now = freshNow();
    const { booking } = await makeScreenedBooking(db, { startsAt: new Date(now.getTime() + 24 * hour) });
    await sendCheckInReminders(db, options(now));
    const movedTo = new Date(now.getTime() + 10 * 24 * hour);
    await db.booking.update({ where: { id: booking.id }, data: { startsAt: movedTo } });
    await sendCheckInReminders(db, options(new Date(movedTo.getTime() - 60 * hour)));
    expect(await remindersFor(booking.id)).toHaveLength(2);
  });

  it("does not remind a booking made inside the window with its health answers, only one answered before it opened", async () => {
    const now = freshNow();
    const answered = async (startsAt: Date, submittedAt: Date) => {
      const made = await makeScreenedBooking(db, { startsAt });
      await db.screeningResponse.create({
        data: {
          bookingId: made.booking.id,
          kind: "BOOKING",
          questionnaireVersion: 1,
          answers: "{}",
          outcome: "CLEAR",
          reasons: "[]",
          submittedById: made.patient.id,
          submittedAt,
        },
      });
      return made.booking;
    };
    // Booked 2 hours ago for 40 hours from now: the answers were given inside the 72-hour window.
    const bookedInside = await answered(new Date(now.getTime() + 40 * hour), new Date(now.getTime() - 2 * hour));
    // Booked a week ago for 40 hours from now: those answers are too old to count.
    const bookedEarlier = await answered(new Date(now.getTime() + 40 * hour + 60_000), new Date(now.getTime() - 7 * 24 * hour));

    const run = await sendCheckInReminders(db, options(now));
    expect(run).toMatchObject({ queued: 1, failed: 0 });
    expect(await remindersFor(bookedInside.id)).toHaveLength(0);
    expect(await remindersFor(bookedEarlier.id)).toHaveLength(1);
  });

  it("puts no health answers in the email", async () => {
    const now = freshNow();
    const { booking } = await makeScreenedBooking(db, { startsAt: new Date(now.getTime() + 20 * hour) });
    await db.screeningResponse.create({
      data: {
        bookingId: booking.id,
        kind: "BOOKING",
        questionnaireVersion: 1,
        answers: JSON.stringify({ otherInfo: "chesty cough" }),
        outcome: "FLAGGED",
        reasons: "[]",
        submittedById: (await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).patientId,
      },
    });
    await sendCheckInReminders(db, options(now));
    const [email] = await remindersFor(booking.id);
    expect(email?.text).not.toMatch(/chesty/);
  });
});
