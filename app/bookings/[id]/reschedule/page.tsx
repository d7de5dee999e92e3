import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { formatClinicDate, timeZoneAbbreviation } from "@/lib/availability";
import { loadSlotPickerWeek } from "@/lib/availability/slot-picker-week";
import { startsAtSchema } from "@/lib/booking/booking-schemas";
import { getBookingForUser } from "@/lib/booking/booking-data";
import { previewReschedule } from "@/lib/booking/preview-booking";
import { suggestedWaitFor } from "@/lib/booking/suggested-date";
import { availableChanges, lifecycleActorFor, PATIENT_CHANGE_NOTICE_HOURS } from "@/lib/booking/lifecycle";
import { tooLateToChangeOnline } from "@/lib/messages/domain-messages";
import { clinicDateAndTime } from "@/lib/booking/booking-messages";
import { BookingActionForm } from "@/components/booking/booking-action-form";
import { BookingSummary } from "@/components/booking/booking-summary";
import { SlotPicker } from "@/components/slot-picker";
import { PractitionerRadios } from "@/components/booking/practitioner-radios";
import { TextWithPhone } from "@/components/phone-link";
import { rescheduleBookingAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Move your booking" };

export default async function ReschedulePage({ params, searchParams }: PageProps<"/bookings/[id]/reschedule">) {
  const { id } = await params;
  const { week, start, practitioner } = await searchParams;
  const user = await requireUser({ returnTo: `/bookings/${encodeURIComponent(id)}/reschedule` });
  const booking = await getBookingForUser(user, id);
  if (!booking) notFound();

  const clinic = await getClinic();
  const now = new Date();
  const current = clinicDateAndTime(booking.startsAt, clinic.timeZone);
  const base = `/bookings/${booking.id}/reschedule`;
  const bookingHref = `/bookings/${booking.id}`;
  const heading = <h1 className="text-3xl font-bold text-brand-800">Move your booking</h1>;
  const summary = (
    <BookingSummary
      reference={booking.reference}
      procedureName={booking.procedure.name}
      date={current.date}
      time={current.time}
      practitioner={booking.practitioner.name}
    />
  );

  const changes = availableChanges(booking, lifecycleActorFor(user), now);
  if (!changes.canReschedule) {
    return (
      <div className="space-y-6">
        {heading}
        {summary}
        <p role="alert" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
          {changes.mustPhone
            ? <TextWithPhone text={tooLateToChangeOnline("moved", PATIENT_CHANGE_NOTICE_HOURS, clinic.phone)} phone={clinic.phone} />
            : "This booking can no longer be moved."}
        </p>
        <Link href={bookingHref} className="text-brand-700 underline">
          Back to the booking
        </Link>
      </div>
    );
  }

  // Step 2: a time was picked — confirm it.
  const picked = typeof start === "string" ? startsAtSchema.safeParse(start) : null;
  if (picked?.success) {
    const chosen = typeof practitioner === "string" && practitioner.length <= 64 ? practitioner : undefined;
    const check = await previewReschedule(user, booking, picked.data, now, chosen);
    const next = clinicDateAndTime(picked.data, clinic.timeZone);
    return (
      <div className="space-y-6">
        {heading}
        <h2 className="text-xl font-semibold">Your booking now</h2>
        {summary}
        {check.ok ? (
          <>
            <h2 className="text-xl font-semibold">New time</h2>
            <BookingSummary
              procedureName={booking.procedure.name}
              date={next.date}
              time={next.time}
              practitioner={check.needsPractitionerChoice ? undefined : check.practitioner.name}
            />
            {!check.needsPractitionerChoice && check.practitioner.id === booking.practitioner.id ? (
              <p>You will see the same practitioner, {check.practitioner.name}.</p>
            ) : null}
            <BookingActionForm
              action={rescheduleBookingAction.bind(null, booking.id)}
              hidden={{
                startsAt: picked.data.toISOString(),
                // A different practitioner is only ever one the patient chose (never changed silently).
                ...(!check.needsPractitionerChoice && check.practitioner.id !== booking.practitioner.id ? { practitionerId: check.practitioner.id } : {}),
              }}
              submitLabel="Confirm new time"
              pendingLabel="Moving…"
              secondary={
                <Link href={base} className="text-brand-700 underline">
                  Choose a different time
                </Link>
              }
            >
              {check.needsPractitionerChoice ? (
                <PractitionerRadios current={booking.practitioner.name} free={check.free} />
              ) : null}
            </BookingActionForm>
          </>
        ) : (
          <>
            <p role="alert" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
              {check.message}
            </p>
            <Link href={base} className="text-brand-700 underline">
              Choose a different time
            </Link>
          </>
        )}
      </div>
    );
  }

  // Step 1: pick a new time, week by week.
  // A flagged booking is not offered times before the date its health answers suggest.
  const waitUntil = await suggestedWaitFor(booking);
  const picker = await loadSlotPickerWeek({
    slug: booking.procedure.slug,
    requestedWeek: typeof week === "string" ? week : undefined,
    now,
    timeZone: clinic.timeZone,
    notBefore: waitUntil,
  });
  const weekHref = (date: string | null) => (date ? `${base}?week=${date}` : null);
  return (
    <div className="space-y-6">
      {heading}
      {summary}
      <p>
        Choose a new time. All times are New Zealand time ({timeZoneAbbreviation(now, clinic.timeZone)}). Your current time
        stays booked until you confirm the new one.
      </p>
      {waitUntil ? (
        <p className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
          Times before {formatClinicDate(waitUntil, clinic.timeZone)} are not shown because your answers suggest waiting
          until then.
        </p>
      ) : null}
      <SlotPicker
        procedureSlug={booking.procedure.slug}
        weekLabel={picker.weekLabel}
        days={picker.days}
        firstAvailable={picker.firstAvailable}
        previousWeekHref={weekHref(picker.week.previous)}
        nextWeekHref={weekHref(picker.week.next)}
        slotHref={(startsAt) => `${base}?start=${encodeURIComponent(startsAt)}`}
      />
      <Link href={bookingHref} className="text-brand-700 underline">
        Keep the current time
      </Link>
    </div>
  );
}
