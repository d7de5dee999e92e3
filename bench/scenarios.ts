// The load scenarios: what each one asks of the server, as plans for the
// load worker. Figures are compared to the floor (GET /api/health).
import { addClinicDays, weekRange } from "@/lib/availability/clinic-date";
import { wellAnswers } from "@/lib/screening/well-answers";
import type { BookableSlot } from "./free-slot-pool";
import type { LoadPlan, LoadRequest } from "./load-types";
import type { SignedIn } from "./sessions";

export type ScenarioKey = "floor" | "floor-again" | "slots-week" | "book-distinct" | "book-race" | "staff-queue-first-page" | "staff-queue-search";

export type Scenario = {
  key: ScenarioKey;
  label: string;
  plan: LoadPlan;
  /** A harmless request to tell "route not built yet" (Next's HTML 404) from a real answer. */
  probe: LoadRequest;
  /** Bookings scenarios: who books, so the database can be checked afterwards. */
  patientIds?: string[];
  raceSlots?: number;
};

export type ScenarioInput = {
  origin: string;
  connections: number;
  durationSeconds: number;
  today: string;
  distinct: { slots: BookableSlot[]; patients: SignedIn[] };
  race: { slots: BookableSlot[]; patients: SignedIn[] };
  staffCookie: string;
  queueSearch: { surname: string; procedureSlug: string; from: string; to: string };
};

const json = (origin: string, cookie: string) => ({
  "content-type": "application/json",
  accept: "application/json",
  origin,
  cookie,
});

// A patient with no symptoms: the booking runs the whole screening path and is confirmed.
const CLEAR_SCREENING = wellAnswers();

const bookingRequest = (origin: string, cookie: string, slot: BookableSlot): LoadRequest => ({
  method: "POST",
  path: "/api/bookings",
  headers: json(origin, cookie),
  body: JSON.stringify({
    procedureSlug: slot.procedureSlug,
    startsAt: slot.startsAt,
    practitionerId: slot.practitionerId,
    screening: CLEAR_SCREENING,
  }),
});

/**
 * Bookings made before any measurement, with their own patients and slots:
 * the booking path's JIT compilation is paid here, as the read scenarios pay
 * theirs in the settling run, and not by the first measured bookings.
 */
export function settlingBookingsPlan(input: Pick<ScenarioInput, "origin" | "connections">, settle: { slots: BookableSlot[]; patients: SignedIn[] }, durationSeconds: number): LoadPlan {
  const count = Math.min(settle.slots.length, settle.patients.length);
  const requests = Array.from({ length: count }, (_, i) => bookingRequest(input.origin, settle.patients[i]!.cookie, settle.slots[i]!));
  return { origin: input.origin, connections: input.connections, durationSeconds, requests, mode: "once" };
}

export function buildScenarios(input: ScenarioInput): Scenario[] {
  const { origin, connections, durationSeconds, today } = input;
  const plan = (requests: LoadRequest[], mode: LoadPlan["mode"] = "cycle"): LoadPlan => ({ origin, connections, durationSeconds, requests, mode });
  const get = (path: string, cookie?: string): LoadRequest => ({ method: "GET", path, headers: cookie ? { cookie, accept: "application/json" } : {} });

  // The four clinic weeks after this one, Monday to Sunday: one week per request.
  const weeks = [1, 2, 3, 4].map((n) => weekRange(addClinicDays(today, 7 * n)));
  const slotsRequests = weeks.map((w) => get(`/api/procedures/initial-consultation/slots?from=${w.from}&to=${w.to}`));

  const distinctCount = Math.min(input.distinct.slots.length, input.distinct.patients.length);
  const distinctRequests = Array.from({ length: distinctCount }, (_, i) =>
    bookingRequest(origin, input.distinct.patients[i]!.cookie, input.distinct.slots[i]!),
  );
  // Each request a different patient; the few slots repeat, so after the first
  // win on each slot every later request must be a clean 409.
  const raceRequests = input.race.patients.map((p, i) =>
    bookingRequest(origin, p.cookie, input.race.slots[i % input.race.slots.length]!),
  );
  const anyPatientCookie = input.race.patients[0]?.cookie ?? "";
  const bookingProbe: LoadRequest = { method: "POST", path: "/api/bookings", headers: json(origin, anyPatientCookie), body: "{}" };

  const q = input.queueSearch;
  const search = new URLSearchParams({ status: "FLAGGED", q: q.surname, procedure: q.procedureSlug, from: q.from, to: q.to });

  const scenarios: Scenario[] = [
    { key: "floor", label: "GET /api/health (floor)", plan: plan([get("/api/health")]), probe: get("/api/health") },
    { key: "slots-week", label: "GET slots, one week", plan: plan(slotsRequests), probe: slotsRequests[0]! },
    {
      key: "book-distinct",
      label: "POST /api/bookings, distinct slots",
      plan: plan(distinctRequests, "once"),
      probe: bookingProbe,
      patientIds: input.distinct.patients.slice(0, distinctCount).map((p) => p.userId),
    },
    {
      key: "book-race",
      label: `POST /api/bookings, race for ${input.race.slots.length} slots`,
      plan: plan(raceRequests, "cycle"),
      probe: bookingProbe,
      patientIds: input.race.patients.map((p) => p.userId),
      raceSlots: input.race.slots.length,
    },
    {
      key: "staff-queue-first-page",
      label: "GET staff queue, page 1",
      plan: plan([get("/api/staff/queue?page=1", input.staffCookie)]),
      probe: get("/api/staff/queue?page=1", input.staffCookie),
    },
    {
      key: "staff-queue-search",
      label: "GET staff queue, filtered search",
      plan: plan([get(`/api/staff/queue?${search}`, input.staffCookie)]),
      probe: get(`/api/staff/queue?${search}`, input.staffCookie),
    },
    // The floor again, last: the gap between the two is this run's noise (see targets.ts).
    { key: "floor-again", label: "GET /api/health (floor, again)", plan: plan([get("/api/health")]), probe: get("/api/health") },
  ];
  return scenarios;
}

/** True when the route is missing from this build: Next answers its HTML not-found page. */
export async function routeIsMissing(origin: string, probe: LoadRequest): Promise<boolean> {
  const response = await fetch(origin + probe.path, { method: probe.method, headers: probe.headers, body: probe.body });
  await response.arrayBuffer();
  return response.status === 404 && (response.headers.get("content-type") ?? "").includes("text/html");
}
