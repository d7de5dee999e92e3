// The booking state machine: every status change in the app is decided here.
// Pure — no Prisma, no Next — so the whole table can be read and tested on its own.
import type { CurrentUser } from "@/lib/auth/roles";
import { domainMessage, type MessageParams } from "@/lib/messages/domain-messages";
import { TIME_HOLDING_STATUSES } from "./statuses";

export const BOOKING_STATUSES = ["CONFIRMED", "FLAGGED", "POSTPONED", "CANCELLED", "COMPLETED", "NO_SHOW"] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** Who is asking: the booking's patient, clinic staff (STAFF or ADMIN), or the system (e.g. screening). */
export type ActorKind = "PATIENT" | "STAFF" | "SYSTEM";
export type LifecycleActor = { kind: ActorKind; userId: string | null };

/** A signed-in user as a lifecycle actor: STAFF and ADMIN act as the clinic. */
export function lifecycleActorFor(user: Pick<CurrentUser, "id" | "role">): LifecycleActor {
  return { kind: user.role === "PATIENT" ? "PATIENT" : "STAFF", userId: user.id };
}

/** What the rules need to know about a booking. */
export type LifecycleBooking = { status: BookingStatus; startsAt: Date; patientId: string };

/** Patients may cancel or reschedule online up to this long before the start. */
export const PATIENT_CHANGE_NOTICE_HOURS = 24;

export type TransitionRefusal = {
  ok: false;
  /** NOT_ALLOWED: no such move from this status; NOT_PERMITTED: not this actor; TOO_LATE / TOO_EARLY: timing. */
  code: "NOT_ALLOWED" | "NOT_PERMITTED" | "TOO_LATE" | "TOO_EARLY";
  /** What the words need (status, hours of notice…); the sentence is written by lib/messages. */
  params: MessageParams;
  message: string;
};
export type TransitionResult = { ok: true; releasesSlot: boolean; notifyPatient: boolean } | TransitionRefusal;

type Timing = "ANY" | "PATIENT_NOTICE" | "BEFORE_START" | "AFTER_START";
type Rule = { actors: readonly ActorKind[]; timing: Timing };
type Move = { from: BookingStatus; to: BookingStatus; rules: readonly Rule[]; notifyPatient: boolean };

const staff = (timing: Timing = "ANY"): Rule => ({ actors: ["STAFF"], timing });

/**
 * The only moves there are. Anything not listed is refused. POSTPONED,
 * CANCELLED, COMPLETED and NO_SHOW are final: a postponed patient rebooks,
 * which makes a new booking.
 */
export const ALLOWED_MOVES: readonly Move[] = [
  // Screening found symptoms: the booking waits for staff review (patient is told to consider postponing).
  { from: "CONFIRMED", to: "FLAGGED", rules: [{ actors: ["SYSTEM"], timing: "ANY" }], notifyPatient: true },
  // Staff cleared a flagged booking to proceed; or a move to a later date left
  // none of the booking's health answers with a reason to flag (reassess-on-move.ts).
  {
    from: "FLAGGED",
    to: "CONFIRMED",
    rules: [staff("BEFORE_START"), { actors: ["SYSTEM"], timing: "BEFORE_START" }],
    notifyPatient: true,
  },
  { from: "CONFIRMED", to: "POSTPONED", rules: [staff()], notifyPatient: true },
  { from: "FLAGGED", to: "POSTPONED", rules: [staff()], notifyPatient: true },
  {
    from: "CONFIRMED",
    to: "CANCELLED",
    rules: [{ actors: ["PATIENT"], timing: "PATIENT_NOTICE" }, staff()],
    notifyPatient: true,
  },
  {
    from: "FLAGGED",
    to: "CANCELLED",
    rules: [{ actors: ["PATIENT"], timing: "PATIENT_NOTICE" }, staff()],
    notifyPatient: true,
  },
  // A flagged booking must be cleared before it can be completed; a no-show can happen either way.
  { from: "CONFIRMED", to: "COMPLETED", rules: [staff("AFTER_START")], notifyPatient: false },
  { from: "CONFIRMED", to: "NO_SHOW", rules: [staff("AFTER_START")], notifyPatient: false },
  { from: "FLAGGED", to: "NO_SHOW", rules: [staff("AFTER_START")], notifyPatient: false },
];

const RELEASING: readonly BookingStatus[] = ["POSTPONED", "CANCELLED"];

export function holdsTime(status: BookingStatus): boolean {
  return (TIME_HOLDING_STATUSES as readonly string[]).includes(status);
}

export function isFinal(status: BookingStatus): boolean {
  return !ALLOWED_MOVES.some((m) => m.from === status);
}

const STATUS_WORDS: Record<BookingStatus, string> = {
  CONFIRMED: "confirmed",
  FLAGGED: "awaiting review",
  POSTPONED: "postponed",
  CANCELLED: "cancelled",
  COMPLETED: "completed",
  NO_SHOW: "marked as missed",
};

/** Plain words for a status, e.g. on the patient's booking list. */
export function describeStatus(status: BookingStatus): string {
  return STATUS_WORDS[status];
}

/**
 * May this actor move this booking to `to` at `now`? A patient may act only on
 * their own booking. On success it says whether the held time is given back
 * and whether the patient must be emailed.
 */
export function transition(
  booking: LifecycleBooking,
  to: BookingStatus,
  actor: LifecycleActor,
  now: Date,
): TransitionResult {
  if (booking.status === to) {
    return refuse("NOT_ALLOWED", { reason: "ALREADY", status: describeStatus(to) });
  }
  const move = ALLOWED_MOVES.find((m) => m.from === booking.status && m.to === to);
  if (!move) {
    return refuse(
      "NOT_ALLOWED",
      isFinal(booking.status)
        ? { reason: "FINAL", status: describeStatus(booking.status) }
        : { reason: "NO_SUCH_MOVE", status: describeStatus(booking.status), move: describeMove(to) },
    );
  }
  const rule = move.rules.find((r) => r.actors.includes(actor.kind));
  if (!rule || (actor.kind === "PATIENT" && actor.userId !== booking.patientId)) {
    return refuse("NOT_PERMITTED", { reason: "CHANGE" });
  }
  const timing = checkTiming(rule.timing, booking.startsAt, now, to);
  if (timing) return timing;
  return { ok: true, releasesSlot: RELEASING.includes(to), notifyPatient: move.notifyPatient };
}

/**
 * May this actor move the booking to another time? Only bookings that hold
 * time; patients (their own) up to PATIENT_CHANGE_NOTICE_HOURS before the start, staff until it starts.
 */
export function canReschedule(booking: LifecycleBooking, actor: LifecycleActor, now: Date): TransitionResult {
  if (!holdsTime(booking.status)) {
    return refuse("NOT_ALLOWED", { reason: "CANNOT_MOVE", status: describeStatus(booking.status) });
  }
  if (actor.kind === "SYSTEM" || (actor.kind === "PATIENT" && actor.userId !== booking.patientId)) {
    return refuse("NOT_PERMITTED", { reason: "MOVE" });
  }
  if (actor.kind === "PATIENT") {
    if (!hasPatientNotice(booking.startsAt, now)) {
      return refuse("TOO_LATE", { reason: "PATIENT_NOTICE", action: "moved", hours: PATIENT_CHANGE_NOTICE_HOURS });
    }
  } else if (now >= booking.startsAt) {
    return refuse("TOO_LATE", { reason: "STARTED_MOVE" });
  }
  return { ok: true, releasesSlot: false, notifyPatient: true };
}

/** True while a patient can still cancel or move the booking online. */
export function hasPatientNotice(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() - now.getTime() >= PATIENT_CHANGE_NOTICE_HOURS * 3_600_000;
}

function checkTiming(timing: Timing, startsAt: Date, now: Date, to: BookingStatus): TransitionRefusal | null {
  switch (timing) {
    case "ANY":
      return null;
    case "PATIENT_NOTICE":
      return hasPatientNotice(startsAt, now)
        ? null
        : refuse("TOO_LATE", { reason: "PATIENT_NOTICE", action: "cancelled", hours: PATIENT_CHANGE_NOTICE_HOURS });
    case "BEFORE_START":
      return now < startsAt ? null : refuse("TOO_LATE", { reason: "STARTED", move: describeMove(to) });
    case "AFTER_START":
      return now >= startsAt
        ? null
        : refuse("TOO_EARLY", { move: describeMove(to) });
  }
}

function describeMove(to: BookingStatus): string {
  return to === "CONFIRMED" ? "cleared to proceed" : to === "FLAGGED" ? "flagged for review" : describeStatus(to);
}

function refuse(code: TransitionRefusal["code"], params: MessageParams): TransitionRefusal {
  return { ok: false, code, params, message: domainMessage(code, params) };
}

/** What the booking page offers this person now (the same rules the service enforces). */
export function availableChanges(booking: LifecycleBooking, actor: LifecycleActor, now: Date) {
  const cancel = transition(booking, "CANCELLED", actor, now);
  const move = canReschedule(booking, actor, now);
  return {
    canCancel: cancel.ok,
    canReschedule: move.ok,
    /** Still holds time but too close to the start to change online: tell them to phone. */
    mustPhone: holdsTime(booking.status) && !cancel.ok && cancel.code === "TOO_LATE" && now < booking.startsAt,
  };
}
