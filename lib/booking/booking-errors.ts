// Expected ways a booking request can fail. Each carries the HTTP status and
// the message the person sees; the API and the forms show the same words.

export class BookingError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The input field the problem belongs to, so forms can show it beside that field. */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export const SLOT_TAKEN_MESSAGE = "That time was just taken. Please choose another.";

/** The database refused the claim: someone else holds part of that time. */
export class SlotTakenError extends BookingError {
  constructor() {
    super(409, "SLOT_TAKEN", SLOT_TAKEN_MESSAGE, "startsAt");
  }
}

/**
 * The patient already holds a booking (confirmed or awaiting review) that
 * overlaps the time asked for: one person cannot be in two rooms at once.
 */
export class PatientAlreadyBookedError extends BookingError {
  constructor(existing: { reference: string; procedureName: string; time: string }) {
    super(
      409,
      "PATIENT_ALREADY_BOOKED",
      `You already have a booking at that time (${existing.reference}, ${existing.procedureName} at ${existing.time}). Choose another time or change that booking.`,
      "startsAt",
    );
  }
}

/** A flagged booking moved to before the date its health answers suggest waiting until. */
export class BeforeSuggestedDateError extends BookingError {
  constructor(dateText: string) {
    super(
      422,
      "BEFORE_SUGGESTED_DATE",
      `Choose a time on or after ${dateText}, the earliest date we suggest after your health answers.`,
      "startsAt",
    );
  }
}

export class SlotNotOfferedError extends BookingError {
  constructor(message = "That time is not available to book. Please choose one of the free times.") {
    super(422, "SLOT_NOT_AVAILABLE", message, "startsAt");
  }
}

export class ProcedureNotFoundError extends BookingError {
  constructor() {
    super(404, "NOT_FOUND", "There is no procedure with that name.", "procedureSlug");
  }
}

/** Also used for someone else's booking: we never confirm that it exists. */
export class BookingNotFoundError extends BookingError {
  constructor() {
    super(404, "NOT_FOUND", "We could not find that booking.");
  }
}

export class TransitionRefusedError extends BookingError {
  constructor(code: "NOT_ALLOWED" | "NOT_PERMITTED" | "TOO_LATE" | "TOO_EARLY", message: string) {
    super(code === "NOT_PERMITTED" ? 403 : code === "NOT_ALLOWED" ? 409 : 422, code, message);
  }
}

/** Someone changed the booking since it was read (Booking.version moved on). */
export class StaleBookingError extends BookingError {
  constructor() {
    super(409, "BOOKING_CHANGED", "This booking was changed a moment ago. Please reload and try again.");
  }
}

/** A screened procedure is booked only together with the patient's answers. */
export class ScreeningRequiredError extends BookingError {
  constructor() {
    super(422, "SCREENING_REQUIRED", "Answer the health screening questions to book this procedure.", "screening");
  }
}

export class NotAPatientError extends BookingError {
  constructor() {
    super(403, "FORBIDDEN", "Only patients can book online. Staff book for patients from the staff console.");
  }
}
