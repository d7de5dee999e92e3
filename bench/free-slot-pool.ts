// Free times, asked of the running app's slots API, turned into bookings that
// cannot collide with one another: for each practitioner, holds that do not
// overlap. Then each load request can expect its own 201.
import { addClinicDays } from "@/lib/availability/clinic-date";
import { seededRandom, shuffle } from "./fill-data/random";

export type ProcedureTiming = { slug: string; durationMinutes: number; bufferMinutes: number };
export type BookableSlot = { procedureSlug: string; practitionerId: string; startsAt: string };

type SlotsAnswer = { slots: { startsAt: string; practitioners: { id: string }[] }[] };

const MINUTE = 60_000;
const RANGE_DAYS = 31;

export async function fetchBookableSlots(origin: string, procedures: ProcedureTiming[], today: string, horizonDays: number): Promise<BookableSlot[]> {
  type Candidate = BookableSlot & { start: number; end: number };
  const candidates: Candidate[] = [];
  for (const procedure of procedures) {
    for (let offset = 0; offset <= horizonDays; offset += RANGE_DAYS) {
      const from = addClinicDays(today, offset);
      const to = addClinicDays(today, Math.min(offset + RANGE_DAYS - 1, horizonDays));
      const response = await fetch(`${origin}/api/procedures/${procedure.slug}/slots?from=${from}&to=${to}`);
      if (!response.ok) throw new Error(`Slots for ${procedure.slug} ${from}..${to} answered ${response.status}`);
      const answer = (await response.json()) as SlotsAnswer;
      const holdMs = (procedure.durationMinutes + procedure.bufferMinutes) * MINUTE;
      for (const slot of answer.slots) {
        const start = Date.parse(slot.startsAt);
        for (const p of slot.practitioners) {
          candidates.push({ procedureSlug: procedure.slug, practitionerId: p.id, startsAt: slot.startsAt, start, end: start + holdMs });
        }
      }
    }
  }

  // Shuffle first so, among candidates starting together, the procedure is a fair pick.
  const random = seededRandom(42);
  shuffle(random, candidates);
  candidates.sort((a, b) => (a.practitionerId < b.practitionerId ? -1 : a.practitionerId > b.practitionerId ? 1 : a.start - b.start));
  const chosen: Candidate[] = [];
  let lastPractitioner = "";
  let heldUntil = 0;
  for (const c of candidates) {
    if (c.practitionerId !== lastPractitioner) {
      lastPractitioner = c.practitionerId;
      heldUntil = 0;
    }
    if (c.start < heldUntil) continue;
    chosen.push(c);
    heldUntil = c.end;
  }

  // Round-robin across procedures, and within each in random order, so the
  // load spreads over procedures, practitioners and weeks.
  const byProcedure = new Map<string, Candidate[]>();
  for (const c of chosen) {
    const list = byProcedure.get(c.procedureSlug);
    if (list) list.push(c);
    else byProcedure.set(c.procedureSlug, [c]);
  }
  const queues = [...byProcedure.values()].map((list) => shuffle(random, list));
  const interleaved: BookableSlot[] = [];
  for (let round = 0; interleaved.length < chosen.length; round++) {
    for (const queue of queues) {
      const c = queue[round];
      if (c) interleaved.push({ procedureSlug: c.procedureSlug, practitionerId: c.practitionerId, startsAt: c.startsAt });
    }
  }
  return interleaved;
}
