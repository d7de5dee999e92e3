import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { getBookingForUser } from "@/lib/booking/booking-data";
import { availableChanges, lifecycleActorFor, PATIENT_CHANGE_NOTICE_HOURS } from "@/lib/booking/lifecycle";
import { tooLateToChangeOnline } from "@/lib/messages/domain-messages";
import { clinicDateAndTime } from "@/lib/booking/booking-messages";
import { BookingActionForm } from "@/components/booking/booking-action-form";
import { BookingSummary } from "@/components/booking/booking-summary";
import { TextWithPhone } from "@/components/phone-link";
import { cancelBookingAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cancel booking" };

export default async function CancelBookingPage({ params }: PageProps<"/bookings/[id]/cancel">) {
  const { id } = await params;
  const user = await requireUser({ returnTo: `/bookings/${encodeURIComponent(id)}/cancel` });
  const booking = await getBookingForUser(user, id);
  if (!booking) notFound();

  const clinic = await getClinic();
  const { date, time } = clinicDateAndTime(booking.startsAt, clinic.timeZone);
  const changes = availableChanges(booking, lifecycleActorFor(user), new Date());
  const back = (
    <Link href={`/bookings/${booking.id}`} className="text-brand-700 underline">
      Keep my booking
    </Link>
  );

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">Cancel your booking?</h1>
      <BookingSummary reference={booking.reference} procedureName={booking.procedure.name} date={date} time={time} practitioner={booking.practitioner.name} />
      {changes.canCancel ? (
        <>
          <p>The time will be released for other patients. This cannot be undone, but you can book again.</p>
          <BookingActionForm
            action={cancelBookingAction.bind(null, booking.id)}
            hidden={{}}
            submitLabel="Yes, cancel booking"
            pendingLabel="Cancelling…"
            secondary={back}
            danger
          />
        </>
      ) : (
        <>
          <p role="alert" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
            {changes.mustPhone
              ? <TextWithPhone text={tooLateToChangeOnline("cancelled", PATIENT_CHANGE_NOTICE_HOURS, clinic.phone)} phone={clinic.phone} />
              : "This booking can no longer be cancelled."}
          </p>
          <p>{back}</p>
        </>
      )}
    </div>
  );
}
