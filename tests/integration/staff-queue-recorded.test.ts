// The recorded equality check for the staff queue's reads: a fixed clinic
// (fixed ids, references and times; patients with and without a profile;
// every booking status; ties on the start time; screenings re-assessed after
// a move, reasons set aside on the first answers, odd stored reasons; staff
// decisions before and after a flag) asked a fixed list of queue questions —
// pages, statuses, date windows, procedures, names, references, wildcards —
// and each answer, as the API sends it (`queuePageJson`) and as the CSV export
// reads it, compared with staff-queue-recorded.json, recorded from the code
// before the queue read was rewritten. Making the read faster must not change
// an answer: if this fails, the answers changed, not only the speed.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { queueFiltersSchema } from "@/lib/staff/queue-filters";
import { findQueueForExport, findQueuePage } from "@/lib/staff/queue-query";
import { queuePageJson } from "@/lib/staff/queue-json";
import { ensureClinicRow } from "@/tests/support/clinic-row";

const RECORDED = path.join(path.dirname(new URL(import.meta.url).pathname), "staff-queue-recorded.json");
type Recorded = Record<string, { sha256: string; total: number; references: string[] }>;

// A small deterministic generator: the same clinic on every run and database.
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
const reference = (n: number) => {
  let code = "";
  for (let i = 0, v = n * 7_919 + 12_345; i < 5; i++, v = Math.floor(v / ALPHABET.length)) code += ALPHABET[v % ALPHABET.length];
  return `CB-${code}`;
};
const pad = (n: number) => String(n).padStart(4, "0");

// 2026-03-01 00:00 in Auckland (NZDT) and on from there, half-hour steps.
const BASE = Date.UTC(2026, 1, 28, 11, 0);
const HALF_HOUR = 30 * 60_000;
const STATUSES = ["FLAGGED", "FLAGGED", "FLAGGED", "CONFIRMED", "POSTPONED", "CANCELLED", "COMPLETED", "NO_SHOW"] as const;
const SURNAMES = ["Thompson", "Ngata", "Walker", "O'Brien", "Ana_Maria", "Te Whare", "Smith", "Kowalski", "Lee", "Ngata-Smith"];
const REASON_SETS = [
  `[{"code":"SYMPTOMS","message":"You told us you have a cough."}]`,
  `[{"code":"CLOSE_CONTACT","message":"Close contact."},{"code":"FREE_TEXT_RESPIRATORY","message":"Mentioned feeling crook."}]`,
  `[{"code":"RECENT_TRAVEL","message":"Travel."},{"code":"SYMPTOMS"}]`,
  `[]`,
  `not json`,
  `[{"message":"no code"},{"code":"FEVER","message":"Fever.","detail":"d"}]`,
];

async function buildClinic(): Promise<void> {
  await ensureClinicRow(db);
  const random = generator(20_261_126);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  await db.procedure.createMany({
    data: ["msc-infusion", "prp-injection", "ozone-therapy"].map((slug, i) => ({
      id: `proc-${i}`,
      slug,
      name: slug.replace(/-/g, " "),
      summary: "s",
      description: "d",
      durationMinutes: 60,
      sortOrder: i,
    })),
  });
  await db.practitioner.create({ data: { id: "prac-0", name: "Dr Aroha Ngata", title: "Physician" } });
  await db.user.create({ data: { id: "staff-0", email: "staff-0@recorded.test", name: "Sam Patel", role: "STAFF" } });
  for (let i = 0; i < 36; i++) {
    const legalName = `${pick(["Mere", "Wiremu", "Hemi", "Aroha", "Tama", "100%", "Ana"])} ${SURNAMES[i % SURNAMES.length]}`;
    // Every sixth patient has no profile: the queue then shows their account name, or "(no name)".
    const withProfile = i % 6 !== 5;
    await db.user.create({
      data: {
        id: `pat-${pad(i)}`,
        email: `patient-${i}@recorded.test`,
        name: i % 12 === 11 ? null : `Account ${i}`,
        role: "PATIENT",
        ...(withProfile ? { profile: { create: { id: `prof-${pad(i)}`, legalName, dateOfBirth: "1980-05-17", phone: "021 555 0100" } } } : {}),
      },
    });
  }
  let screening = 0;
  for (let i = 0; i < 160; i++) {
    // Some bookings share a start time: the id breaks the tie.
    const slot = i % 9 === 0 && i > 0 ? Math.floor((i - 1) * 1.7) : Math.floor(i * 1.7);
    const startsAt = new Date(BASE + slot * 3 * HALF_HOUR + Math.floor(random() * 3) * 24 * 3_600_000);
    const endsAt = new Date(startsAt.getTime() + 2 * HALF_HOUR);
    const id = `bk-${pad(i)}`;
    await db.booking.create({
      data: {
        id,
        reference: reference(i),
        patientId: `pat-${pad(Math.floor(random() * 36))}`,
        procedureId: `proc-${Math.floor(random() * 3)}`,
        practitionerId: "prac-0",
        startsAt,
        endsAt,
        blockedUntil: endsAt,
        // The bookings asked for by reference are in the queue's default status.
        status: i === 7 || i === 12 ? pick(STATUSES) && "FLAGGED" : pick(STATUSES),
        createdAt: new Date(BASE - 10 * 24 * 3_600_000),
      },
    });
    const responses: string[] = [];
    const count = Math.floor(random() * 4); // 0–3 responses
    for (let r = 0; r < count; r++) {
      const responseId = `scr-${pad(screening++)}`;
      // A later response may be a re-assessment of the first (a move).
      const reassessedFromId = r > 0 && random() < 0.5 ? responses[0]! : null;
      await db.screeningResponse.create({
        data: {
          id: responseId,
          bookingId: id,
          kind: r === 0 ? "BOOKING" : "PRE_PROCEDURE",
          questionnaireVersion: 1,
          answers: "{}",
          outcome: random() < 0.7 ? "FLAGGED" : "CLEAR",
          reasons: pick(REASON_SETS),
          submittedById: `pat-0000`,
          // Two responses of a booking may share a time: the id breaks the tie.
          submittedAt: new Date(BASE - (5 - r) * 24 * 3_600_000 + (random() < 0.2 ? 0 : Math.floor(random() * 1000) * 60_000)),
          reassessedFromId,
        },
      });
      responses.push(responseId);
      if (random() < 0.35) {
        for (const code of random() < 0.5 ? ["SYMPTOMS"] : ["FREE_TEXT_RESPIRATORY", "CLOSE_CONTACT"]) {
          await db.screeningReasonDismissal.create({
            data: { id: `dis-${responseId}-${code}`, responseId, code, note: "Not respiratory.", dismissedById: "staff-0" },
          });
        }
      }
    }
    const reviews = Math.floor(random() * 3); // 0–2 staff decisions
    for (let r = 0; r < reviews; r++) {
      await db.review.create({
        data: {
          id: `rev-${id}-${r}`,
          bookingId: id,
          reviewerId: "staff-0",
          decision: pick(["CLEAR_TO_PROCEED", "POSTPONE", "CANCEL"] as const),
          note: "n",
          createdAt: new Date(BASE - (5 - r * 2) * 24 * 3_600_000 + Math.floor(random() * 1000) * 60_000),
        },
      });
    }
  }
}

// The questions: what staff and the API ask, and the edges of each filter.
const QUESTIONS: Record<string, string>[] = [
  {},
  { page: "2" },
  { page: "3" },
  { page: "99" },
  ...["CONFIRMED", "POSTPONED", "CANCELLED", "COMPLETED", "NO_SHOW"].map((status) => ({ status })),
  { status: "confirmed", page: "2" },
  { from: "2026-03-05" },
  { to: "2026-03-20" },
  { from: "2026-03-05", to: "2026-03-20" },
  { from: "2026-03-10", to: "2026-03-10" },
  { from: "2026-03-01", to: "2026-05-31", page: "2" },
  { status: "POSTPONED", from: "2026-03-01", to: "2026-04-30" },
  { procedure: "prp-injection" },
  { procedure: "ozone-therapy", page: "2" },
  { procedure: "no-such-procedure" },
  { procedure: "msc-infusion", status: "CONFIRMED", from: "2026-03-03", to: "2026-04-15" },
  { q: "ngata" },
  { q: "NGATA", from: "2026-03-01", to: "2026-04-30" },
  { q: "ngata", status: "CANCELLED", from: "2026-03-01", to: "2026-04-30" },
  { q: "smith", procedure: "msc-infusion", from: "2026-03-02", to: "2026-04-20" },
  { q: "smith", status: "NO_SHOW" },
  { q: "o'brien" },
  { q: "100%" },
  { q: "ana_maria", from: "2026-03-01", to: "2026-05-31" },
  { q: "%" },
  { q: "_" },
  { q: "Account" },
  { q: "no such name", from: "2026-03-01", to: "2026-05-31" },
  { q: reference(7) },
  { q: reference(7).toLowerCase().replace("-", "") },
  { q: reference(12).slice(0, 5) },
  { q: "cb-", page: "2" },
  { q: "CB-2", status: "CONFIRMED" },
];

async function answersNow(): Promise<Recorded> {
  const answers: Recorded = {};
  for (const question of QUESTIONS) {
    const filters = queueFiltersSchema.parse(question);
    const body = JSON.stringify(queuePageJson(await findQueuePage(filters)));
    const parsed = JSON.parse(body) as { total: number; items: { reference: string }[] };
    answers[`page ${new URLSearchParams(question).toString()}`] = {
      sha256: createHash("sha256").update(body).digest("hex"),
      total: parsed.total,
      references: parsed.items.map((item) => item.reference),
    };
  }
  for (const question of [{}, { status: "CONFIRMED" }, { q: "ngata", from: "2026-03-01", to: "2026-04-30" }] as Record<string, string>[]) {
    const exported = await findQueueForExport(queueFiltersSchema.parse(question));
    const body = JSON.stringify(queuePageJson({ items: exported.items, page: 1, pageSize: 0, total: exported.items.length }));
    answers[`export ${new URLSearchParams(question).toString()}`] = {
      sha256: createHash("sha256").update(body + String(exported.truncated)).digest("hex"),
      total: exported.items.length,
      references: exported.items.map((item) => item.reference),
    };
  }
  return answers;
}

beforeAll(buildClinic, 120_000);

describe("the staff queue's answers", () => {
  it("are the recorded ones, byte for byte", async () => {
    const answers = await answersNow();
    if (process.env.RECORD_QUEUE_ANSWERS === "1") fs.writeFileSync(RECORDED, `${JSON.stringify(answers, null, 1)}\n`);
    const recorded = JSON.parse(fs.readFileSync(RECORDED, "utf8")) as Recorded;
    expect(Object.keys(answers)).toEqual(Object.keys(recorded));
    for (const key of Object.keys(recorded)) expect({ key, ...answers[key] }).toEqual({ key, ...recorded[key] });
  }, 120_000);
});
