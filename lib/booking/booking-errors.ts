// Expected ways a booking request can fail, as named domain errors (a code and
// the parameters its words need). The words are in lib/messages; the HTTP
// status in lib/http/domain-error-http.ts.
import { DomainError } from "@/lib/errors/domain-error";
import { NEXT_STEP_LABELS } from "@/lib/messages/domain-messages";
import type { TransitionRefusal } from "./lifecycle";

/** The database refused the claim: someone else holds part of that time. */
export class SlotTakenError extends DomainError {
  constructor() {
    super("SLOT_TAKEN", {}, { field: "startsAt" });
  }
}

/**
 * The practitioner's time off, found when the booking or move is written.
 * Answered as SlotTakenError; a new booking whose check before the
 * transaction saw only opening hours first asks the whole schedule whether
 * the time was offered with them at all (createBooking).
 */
export class TimeOffInTheWayError extends SlotTakenError {}

/**
 * The patient already holds a booking (confirmed or awaiting review) that
 * overlaps the time asked for: one person cannot be in two rooms at once.
 */
export class PatientAlreadyBookedError extends DomainError {
  constructor(existing: { reference: string; procedureName: string; time: string }) {
    super("PATIENT_ALREADY_BOOKED", existing, { field: "startsAt" });
  }
}

/**
 * The patient already holds as many upcoming bookings of this procedure as it
 * allows (docs/decisions/014): shown the earliest, with a link to move it.
 */
export class DuplicateBookingError extends DomainError {
  constructor(existing: { bookingId: string; reference: string; procedureName: string; date: string; time: string; limit: number }) {
    const { bookingId, ...words } = existing;
    super("DUPLICATE_BOOKING", words, {
      field: "procedureSlug",
      nextStep: { label: NEXT_STEP_LABELS.changeBooking, href: `/bookings/${encodeURIComponent(bookingId)}/reschedule` },
    });
  }
}

/** The procedure needs another one had or booked first (docs/decisions/014), with a link to book that one. */
export class PrerequisiteMissingError extends DomainError {
  constructor(missing: { procedureName: string; requiredName: string; requiredSlug: string }) {
    super("PREREQUISITE_MISSING", { procedureName: missing.procedureName, requiredName: missing.requiredName }, {
      field: "procedureSlug",
      nextStep: { label: NEXT_STEP_LABELS.bookRequired(missing.requiredName), href: `/procedures/${encodeURIComponent(missing.requiredSlug)}` },
    });
  }
}

/** A flagged booking moved to before the date its health answers suggest waiting until. */
export class BeforeSuggestedDateError extends DomainError {
  constructor(dateText: string) {
    super("BEFORE_SUGGESTED_DATE", { date: dateText }, { field: "startsAt" });
  }
}

export class SlotNotOfferedError extends DomainError {
  constructor(reason?: "PAST" | "SAME_TIME" | "PRACTITIONER") {
    super("SLOT_NOT_AVAILABLE", { reason }, { field: "startsAt" });
  }
}

/**
 * A move to a time when the booking's practitioner is not free, without the
 * patient choosing someone else: the doctor is never changed silently.
 */
export class PractitionerChoiceNeededError extends DomainError {
  constructor(currentPractitioner: string) {
    super("PRACTITIONER_CHOICE_NEEDED", { current: currentPractitioner }, { field: "practitionerId" });
  }
}

export class ProcedureNotFoundError extends DomainError {
  constructor() {
    super("NOT_FOUND", { subject: "procedure" }, { field: "procedureSlug" });
  }
}

/** Also used for someone else's booking: we never confirm that it exists. */
export class BookingNotFoundError extends DomainError {
  constructor() {
    super("NOT_FOUND", { subject: "booking" });
  }
}

/** The lifecycle said no; `phone` lets a "too late" refusal name the number to call. */
export class TransitionRefusedError extends DomainError {
  constructor(refusal: Pick<TransitionRefusal, "code" | "params">, phone?: string) {
    super(refusal.code, { ...refusal.params, phone });
  }
}

/** Someone changed the booking since it was read (Booking.version moved on). */
export class StaleBookingError extends DomainError {
  constructor() {
    super("BOOKING_CHANGED");
  }
}

/** A screened procedure is booked only together with the patient's answers. */
export class ScreeningRequiredError extends DomainError {
  constructor() {
    super("SCREENING_REQUIRED", {}, { field: "screening" });
  }
}

export class NotAPatientError extends DomainError {
  constructor() {
    super("FORBIDDEN", { reason: "NOT_A_PATIENT" });
  }
}

/** The clinic needs the patient's details (name, date of birth, phone) before a booking. */
export class ProfileIncompleteError extends DomainError {
  constructor() {
    super("PROFILE_INCOMPLETE");
  }
}
