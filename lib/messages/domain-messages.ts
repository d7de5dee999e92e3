// The words. Domain code says what happened as a code and parameters (hours of
// notice, the clinic's phone, a reference); this module writes the sentence a
// person reads, so a policy value is never spliced into finished text and
// pages, emails and the API say the same thing. Pure.

export type DomainErrorCode =
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "PROFILE_INCOMPLETE"
  | "SLOT_TAKEN"
  | "PATIENT_ALREADY_BOOKED"
  | "DUPLICATE_BOOKING"
  | "PREREQUISITE_MISSING"
  | "BEFORE_SUGGESTED_DATE"
  | "SLOT_NOT_AVAILABLE"
  | "SCREENING_REQUIRED"
  | "NOT_ALLOWED"
  | "NOT_PERMITTED"
  | "TOO_LATE"
  | "TOO_EARLY"
  | "BOOKING_CHANGED"
  | "ALREADY_DECIDED"
  | "CHECK_IN_NOT_NEEDED"
  | "BOOKING_NOT_ACTIVE"
  | "CHECK_IN_NOT_OPEN"
  | "CHECK_IN_CLOSED"
  | "REASON_NOT_DISMISSABLE"
  | "VALIDATION_FAILED"
  | "PRACTITIONER_CHOICE_NEEDED";

export type MessageParams = Readonly<Record<string, string | number | boolean | null | undefined>>;

const text = (value: MessageParams[string]) => (value === undefined || value === null ? "" : String(value));

/** "Please phone the clinic on 09 555 0000." or, with no number on file, "Please phone the clinic." */
export function phoneTheClinic(phone: string | null | undefined, verb = "phone", please = "Please"): string {
  return phone ? `${please} ${verb} the clinic on ${phone}.` : `${please} ${verb} the clinic.`;
}

const WRITERS: Record<DomainErrorCode, (p: MessageParams) => string> = {
  NOT_FOUND: (p) => {
    switch (p.subject) {
      case "procedure":
        return "There is no procedure with that name.";
      case "answers":
        return "We could not find those answers for this booking.";
      case "patient":
        return "We could not find that patient.";
      default:
        return "We could not find that booking.";
    }
  },
  FORBIDDEN: (p) =>
    p.reason === "NOT_A_PATIENT"
      ? "Only patients can book online. Staff book for patients from the staff console."
      : "Only the clinic team can do this.",
  PROFILE_INCOMPLETE: () => "Complete your profile (name, date of birth and phone) before booking.",
  SLOT_TAKEN: () => "That time was just taken. Please choose another.",
  PATIENT_ALREADY_BOOKED: (p) =>
    `You already have a booking at that time (${text(p.reference)}, ${text(p.procedureName)} at ${text(p.time)}). Choose another time or change that booking.`,
  DUPLICATE_BOOKING: (p) =>
    Number(p.limit) > 1
      ? `You already have ${text(p.limit)} upcoming bookings for ${text(p.procedureName)}, the next on ${text(p.date)} at ${text(p.time)} (${text(p.reference)}). Change one of them instead of booking another.`
      : `You already have ${text(p.procedureName)} on ${text(p.date)} at ${text(p.time)} (${text(p.reference)}). Change that booking instead of booking it again.`,
  PREREQUISITE_MISSING: (p) =>
    `${text(p.procedureName)} comes after ${text(p.requiredName)}. Book ${text(p.requiredName)} first, for an earlier time than this.`,
  BEFORE_SUGGESTED_DATE: (p) =>
    `Choose a time on or after ${text(p.date)}, the earliest date we suggest after your health answers.`,
  SLOT_NOT_AVAILABLE: (p) => {
    switch (p.reason) {
      case "PAST":
        return "That time has already passed. Please choose a time in the future.";
      case "SAME_TIME":
        return "Your booking is already at that time. Please choose a different time.";
      case "PRACTITIONER":
        return "That practitioner does not offer this at that time. Please choose another time.";
      default:
        return "That time is not available to book. Please choose one of the free times.";
    }
  },
  PRACTITIONER_CHOICE_NEEDED: (p) =>
    `${text(p.current)} is not free at that time. Choose who you would like to see instead, or choose another time.`,
  SCREENING_REQUIRED: () => "Answer the health screening questions to book this procedure.",
  NOT_ALLOWED: (p) => {
    switch (p.reason) {
      case "ALREADY":
        return `This booking is already ${text(p.status)}.`;
      case "FINAL":
        return `This booking is ${text(p.status)} and can no longer be changed.`;
      case "CANNOT_MOVE":
        return `This booking is ${text(p.status)} and can no longer be moved.`;
      default:
        return `A booking that is ${text(p.status)} cannot be ${text(p.move)}.`;
    }
  },
  NOT_PERMITTED: (p) =>
    p.reason === "MOVE" ? "Only the patient or the clinic team can move this booking." : "Only the clinic team can make this change.",
  TOO_LATE: (p) => {
    switch (p.reason) {
      case "PATIENT_NOTICE":
        return `Bookings can be ${text(p.action)} online only up to ${text(p.hours)} hours before the start. ${phoneTheClinic(text(p.phone))}`;
      case "STARTED_MOVE":
        return "This booking has already started and can no longer be moved.";
      default:
        return `The booking has already started, so it cannot be ${text(p.move)}.`;
    }
  },
  TOO_EARLY: (p) => `A booking can be ${text(p.move)} only once its start time has passed.`,
  BOOKING_CHANGED: () => "This booking was changed a moment ago. Please reload and try again.",
  ALREADY_DECIDED: (p) =>
    `${text(p.reviewerName)} already ${text(p.decision)} ${text(p.when)}. Reload to see the booking as it is now.`,
  CHECK_IN_NOT_NEEDED: () => "This procedure does not need a health check-in.",
  BOOKING_NOT_ACTIVE: (p) => `This booking is ${text(p.status)}, so there is nothing to check in for.`,
  CHECK_IN_NOT_OPEN: (p) =>
    `Check-in opens ${text(p.hours)} hours before your procedure. You can answer from ${text(p.opensAt)}.`,
  CHECK_IN_CLOSED: (p) =>
    `Check-in closed when your procedure started. If you are unwell, ${phoneTheClinic(text(p.phone), "phone", "please")}`,
  REASON_NOT_DISMISSABLE: (p) =>
    p.reason === "ALREADY"
      ? "This free text is already marked not respiratory."
      : "These answers were not flagged for their free text.",
  VALIDATION_FAILED: (p) => {
    switch (p.subject) {
      case "answers":
        return "Some answers need correcting.";
      case "practitioner":
        return "Choose a practitioner from the list";
      default:
        return "Some of the details need correcting.";
    }
  },
};

/** The words of the link a refusal offers instead (docs/decisions/014). */
export const NEXT_STEP_LABELS = {
  changeBooking: "Change that booking",
  bookRequired: (requiredName: string) => `Book ${requiredName}`,
} as const;

/**
 * The sentence for a domain error. `answersNotSaved` adds what a check-in
 * that lost a race must also say: nothing was stored.
 */
export function domainMessage(code: DomainErrorCode, params: MessageParams = {}): string {
  const sentence = WRITERS[code](params);
  return params.answersNotSaved ? `${sentence} Your answers were not saved; please try again.` : sentence;
}

// Change notice, as the booking pages say it. `hours` is PATIENT_CHANGE_NOTICE_HOURS.

/** "You can move or cancel online up to 24 hours before the start." */
export function changeOnlineUntil(hours: number): string {
  return `You can move or cancel online up to ${hours} hours before the start.`;
}

/** Why a booking close to its start cannot be cancelled / moved / changed online, and whom to call. */
export function tooLateToChangeOnline(action: "cancelled" | "moved" | "changed", hours: number, phone: string | null | undefined): string {
  return `This booking starts in less than ${hours} hours, so it can no longer be ${action} online. ${phoneTheClinic(phone, "call")}`;
}

// The clinic's own advice, closing the screening reasons that mean "postpone".
// A reason is stored with its own words and, separately, which advice follows
// it: staff and the API read the whole sentence, the patient's advice panel
// lists several reasons under one "postpone" heading without the repeat.
export const POSTPONE_ADVICE =
  "If you are unwell with a cough, cold or respiratory symptoms it is best to postpone your procedure. " +
  "Our team will contact you to arrange a new date.";

export type ReasonAdvice = "POSTPONE" | null;

/** A screening reason's whole message: its own words, then the advice that goes with it. */
export function reasonMessage(detail: string, advice: ReasonAdvice): string {
  return advice === "POSTPONE" ? `${detail} ${POSTPONE_ADVICE}` : detail;
}
