// Pure narrowing of the rows the write paths read, for their callers and emails.
import type { BookingView, BookingWork } from "./booking-data";
import type { MessageBooking } from "./booking-messages";

export function messageBooking(booking: BookingWork): MessageBooking {
  return {
    reference: booking.reference,
    procedureName: booking.procedure.name,
    practitionerName: booking.practitioner.name,
    startsAt: booking.startsAt,
    status: booking.status,
  };
}

/** Narrows a work row to the public view (drops the patient's email and internal ids). */
export function toView(booking: BookingWork): BookingView {
  return {
    id: booking.id,
    reference: booking.reference,
    status: booking.status,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    version: booking.version,
    createdAt: booking.createdAt,
    patientId: booking.patientId,
    procedure: {
      slug: booking.procedure.slug,
      name: booking.procedure.name,
      durationMinutes: booking.procedure.durationMinutes,
      requiresScreening: booking.procedure.requiresScreening,
    },
    practitioner: booking.practitioner,
  };
}
