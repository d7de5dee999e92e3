// The JSON shape of a booking in the REST API.
import type { BookingDetail, BookingView } from "./booking-data";

export function bookingJson(booking: BookingView) {
  return {
    id: booking.id,
    reference: booking.reference,
    status: booking.status,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    version: booking.version,
    createdAt: booking.createdAt.toISOString(),
    procedure: { slug: booking.procedure.slug, name: booking.procedure.name },
    practitioner: booking.practitioner,
  };
}

export function bookingDetailJson(booking: BookingDetail) {
  return {
    ...bookingJson(booking),
    history: booking.changes.map((c) => ({
      at: c.createdAt.toISOString(),
      by: c.actorId === booking.patientId ? "patient" : c.actorId ? "clinic" : "system",
      fromStatus: c.fromStatus,
      toStatus: c.toStatus,
      fromStart: c.fromStart?.toISOString() ?? null,
      toStart: c.toStart?.toISOString() ?? null,
      reason: c.reason,
    })),
  };
}
