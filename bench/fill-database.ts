// Fills a migrated, seeded SQLite file with a large realistic clinic: bulk
// inserts through better-sqlite3 prepared statements in one transaction,
// because Prisma row by row would take minutes for ~400 000 rows.
import { withoutPerRowTriggers } from "./per-row-triggers";
import Database from "better-sqlite3";
import { claimCellsFor } from "@/lib/availability/claim-cells";
import { addClinicDays } from "@/lib/availability/clinic-date";
import { clinicToday } from "@/lib/availability/clinic-time";
import { sqliteDateTime } from "./sqlite-time";
import { layOutBookings, type LaidOutBooking, type LayoutPractitioner, type LayoutProcedure } from "./fill-data/booking-layout";
import { statusPicker } from "./fill-data/booking-status";
import { idFactory, referenceFor } from "./fill-data/ids";
import { makePatients } from "./fill-data/patients";
import { extraPractitioners, type WeeklyHours } from "./fill-data/practitioners";
import { randomInt, seededRandom } from "./fill-data/random";
import { screeningFor } from "./fill-data/screening-rows";

export type FillOptions = {
  now: Date;
  patients: number;
  bookings: number;
  extraPractitioners: number;
  /** Share of patients who signed up recently and have no bookings yet; the load test books as them. */
  newPatientShare: number;
  seed: number;
};

export type FillResult = {
  seconds: number;
  counts: Record<string, number>;
  statusCounts: Record<string, number>;
  newPatientIds: string[];
  practitionerCount: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE = 60_000;
// How often each procedure is booked, relative to the others a doctor offers.
const PROCEDURE_WEIGHTS: Record<string, number> = {
  "initial-consultation": 35,
  "follow-up-review": 35,
  "joint-injection": 20,
  "ucmsc-infusion-autoimmune": 10,
};

type ProcedureRow = LayoutProcedure & { requiresScreening: boolean };

export function fillDatabase(file: string, options: FillOptions): FillResult {
  const started = performance.now();
  const { now } = options;
  const random = seededRandom(options.seed);
  const sqlite = new Database(file);
  try {
    // Only this connection: the file keeps its normal journal mode, as the app runs it.
    sqlite.pragma("synchronous = OFF");
    sqlite.pragma("cache_size = -200000");
    const timeZone = (sqlite.prepare(`SELECT "timeZone" FROM "Clinic" WHERE "id" = 'clinic'`).get() as { timeZone: string }).timeZone;
    const procedures = (
      sqlite.prepare(`SELECT "id", "slug", "durationMinutes", "bufferMinutes", "requiresScreening" FROM "Procedure" WHERE "active" = 1`).all() as {
        id: string; slug: string; durationMinutes: number; bufferMinutes: number; requiresScreening: number;
      }[]
    ).map((p): ProcedureRow => ({ ...p, requiresScreening: p.requiresScreening === 1, weight: PROCEDURE_WEIGHTS[p.slug] ?? 10 }));
    const procedureBySlug = new Map(procedures.map((p) => [p.slug, p]));

    const result = withoutPerRowTriggers(sqlite, () => sqlite.transaction(() => {
      const stamp = sqliteDateTime(now);
      const extras = extraPractitioners(options.extraPractitioners);
      const insertPractitioner = sqlite.prepare(
        `INSERT INTO "Practitioner" ("id", "name", "title", "bio", "active", "createdAt") VALUES (?, ?, ?, '', 1, ?)`,
      );
      const insertHours = sqlite.prepare(
        `INSERT INTO "OpeningHours" ("id", "practitionerId", "weekday", "opensAt", "closesAt") VALUES (?, ?, ?, ?, ?)`,
      );
      const insertLink = sqlite.prepare(`INSERT INTO "PractitionerProcedure" ("practitionerId", "procedureId") VALUES (?, ?)`);
      const hoursId = idFactory("oh");
      for (const p of extras) {
        insertPractitioner.run(p.id, p.name, p.title, stamp);
        for (const h of p.hours) insertHours.run(hoursId(), p.id, h.weekday, h.opensAt, h.closesAt);
        for (const slug of p.procedureSlugs) {
          const procedure = procedureBySlug.get(slug);
          if (procedure) insertLink.run(p.id, procedure.id);
        }
      }

      // Every active practitioner, seeded ones included, gets a full timeline.
      const practitioners = loadPractitioners(sqlite, procedures);

      const patientId = idFactory("pt");
      const profileId = idFactory("pp");
      const historyCount = Math.round(options.patients * (1 - options.newPatientShare));
      const patients = makePatients(options.patients, now, random, patientId, historyCount);
      const insertUser = sqlite.prepare(
        `INSERT INTO "User" ("id", "email", "name", "emailVerified", "role", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, 'PATIENT', ?, ?)`,
      );
      const insertProfile = sqlite.prepare(
        `INSERT INTO "PatientProfile" ("id", "userId", "legalName", "dateOfBirth", "phone", "nhi", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const p of patients) {
        insertUser.run(p.id, p.email, p.legalName, p.createdAt, p.createdAt, p.createdAt);
        insertProfile.run(profileId(), p.id, p.legalName, p.dateOfBirth, p.phone, p.nhi, p.createdAt, p.createdAt);
      }

      const pastDays = 365;
      const firstDay = addClinicDays(clinicToday(now, timeZone), -pastDays);
      const laidOut = trimTo(calibratedLayout(practitioners, firstDay, pastDays, timeZone, options), options.bookings, random);

      const screenedShare = laidOut.filter((b) => procedureBySlug.get(b.procedure.slug)?.requiresScreening).length / Math.max(laidOut.length, 1);
      const statusOf = statusPicker(screenedShare);
      const insertBooking = sqlite.prepare(
        `INSERT INTO "Booking" ("id", "reference", "patientId", "procedureId", "practitionerId", "startsAt", "endsAt", "blockedUntil", "status", "version", "reminderSentAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insertClaim = sqlite.prepare(`INSERT INTO "SlotClaim" ("practitionerId", "cellStart", "bookingId") VALUES (?, ?, ?)`);
      const insertScreening = sqlite.prepare(
        `INSERT INTO "ScreeningResponse" ("id", "bookingId", "kind", "questionnaireVersion", "answers", "outcome", "reasons", "earliestSuggestedDate", "submittedById", "submittedAt") VALUES (?, ?, 'BOOKING', 1, ?, ?, ?, ?, ?, ?)`,
      );
      const bookingId = idFactory("bk");
      const screeningId = idFactory("sr");
      const statusCounts: Record<string, number> = {};
      let claims = 0;
      let screenings = 0;
      const nowMs = now.getTime();
      laidOut.forEach((b, index) => {
        const procedure = procedureBySlug.get(b.procedure.slug)!;
        const isPast = b.startsAt < nowMs;
        const status = statusOf(isPast, procedure.requiresScreening, random);
        statusCounts[status] = (statusCounts[status] ?? 0) + 1;
        const patient = patients[randomInt(random, 0, historyCount - 1)]!;
        // Booked 2–60 days ahead, and never after "now".
        const leadDays = randomInt(random, 2, 60);
        const createdAt = Math.min(b.startsAt - leadDays * DAY_MS, nowMs - randomInt(random, 10, 20 * 24 * 60) * MINUTE);
        const settled = status !== "CONFIRMED" && status !== "FLAGGED";
        const updatedAt = isPast && settled ? b.endsAt : createdAt;
        const reminderSentAt = isPast && (status === "COMPLETED" || status === "NO_SHOW") ? b.startsAt - 72 * 60 * MINUTE : null;
        const id = bookingId();
        insertBooking.run(
          id, referenceFor(index), patient.id, procedure.id, b.practitionerId,
          sqliteDateTime(b.startsAt), sqliteDateTime(b.endsAt), sqliteDateTime(b.blockedUntil),
          status, settled ? 2 : 1, reminderSentAt === null ? null : sqliteDateTime(reminderSentAt),
          sqliteDateTime(createdAt), sqliteDateTime(updatedAt),
        );
        if (!settled && b.blockedUntil > nowMs) {
          for (const cell of claimCellsFor({ startsAt: new Date(b.startsAt), endsAt: new Date(b.blockedUntil) })) {
            insertClaim.run(b.practitionerId, sqliteDateTime(cell), id);
            claims++;
          }
        }
        if (procedure.requiresScreening) {
          const flagged = status === "FLAGGED" || status === "POSTPONED";
          const s = screeningFor(flagged, new Date(createdAt), new Date(b.startsAt), timeZone, random);
          insertScreening.run(screeningId(), id, s.answers, s.outcome, s.reasons, s.earliestSuggestedDate, patient.id, sqliteDateTime(createdAt));
          screenings++;
        }
      });

      return {
        counts: {
          patients: patients.length,
          practitioners: practitioners.length,
          bookings: laidOut.length,
          slotClaims: claims,
          screeningResponses: screenings,
        },
        statusCounts,
        newPatientIds: patients.slice(historyCount).map((p) => p.id),
        practitionerCount: practitioners.length,
      };
    })());
    sqlite.pragma("optimize");
    return { ...result, seconds: (performance.now() - started) / 1000 };
  } finally {
    sqlite.close();
  }
}

function loadPractitioners(sqlite: Database.Database, procedures: ProcedureRow[]): LayoutPractitioner[] {
  const byId = new Map(procedures.map((p) => [p.id, p]));
  const rows = sqlite.prepare(`SELECT "id" FROM "Practitioner" WHERE "active" = 1 ORDER BY "id"`).all() as { id: string }[];
  const hours = sqlite.prepare(`SELECT "weekday", "opensAt", "closesAt" FROM "OpeningHours" WHERE "practitionerId" = ?`);
  const links = sqlite.prepare(`SELECT "procedureId" FROM "PractitionerProcedure" WHERE "practitionerId" = ?`);
  return rows.map(({ id }) => ({
    id,
    hours: hours.all(id) as WeeklyHours[],
    procedures: (links.all(id) as { procedureId: string }[]).flatMap((l) => {
      const p = byId.get(l.procedureId);
      return p ? [p] : [];
    }),
  }));
}

/**
 * Lays bookings out with a fill chance scaled until the count reaches the
 * target: the past year evenly busy, the year ahead busiest in the next weeks
 * and thinning out, as real booking books do. A few passes of a fast pure
 * function; the seed makes each pass deterministic.
 */
function calibratedLayout(practitioners: LayoutPractitioner[], firstDay: string, pastDays: number, timeZone: string, options: FillOptions): LaidOutBooking[] {
  const shape = (dayOffset: number) => (dayOffset <= pastDays ? 1 : 0.35 + 0.65 * Math.exp(-(dayOffset - pastDays) / 50));
  let scale = 0.7;
  let bookings: LaidOutBooking[] = [];
  for (let pass = 0; pass < 6; pass++) {
    bookings = layOutBookings({
      practitioners,
      firstDay,
      dayCount: pastDays * 2 + 1,
      timeZone,
      fillChance: (d) => Math.min(0.95, scale * shape(d)),
      random: seededRandom(options.seed + pass),
    });
    if (bookings.length >= options.bookings && bookings.length <= options.bookings * 1.04) break;
    scale *= (options.bookings * 1.02) / Math.max(bookings.length, 1);
  }
  return bookings;
}

/** Exactly `count` of the laid-out bookings, dropped at random (so no period thins out). */
function trimTo(bookings: LaidOutBooking[], count: number, random: () => number): LaidOutBooking[] {
  if (bookings.length <= count) return bookings;
  const keep = new Uint8Array(bookings.length).fill(1);
  let toDrop = bookings.length - count;
  // Bounded: each pass either drops one or retries a kept index; expected passes are small.
  for (let guard = 0; toDrop > 0 && guard < bookings.length * 20; guard++) {
    const i = Math.floor(random() * bookings.length);
    if (keep[i]) {
      keep[i] = 0;
      toDrop--;
    }
  }
  return bookings.filter((_, i) => keep[i]);
}

