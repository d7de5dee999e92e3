import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { getBookingForUser } from "@/lib/booking/booking-data";
import { availableChanges, describeStatus, lifecycleActorFor, PATIENT_CHANGE_NOTICE_HOURS } from "@/lib/booking/lifecycle";
import { changeOnlineUntil } from "@/lib/messages/domain-messages";
import { bookedByPhoneText, clinicDateAndTime, describeChange, describeClinicTime } from "@/lib/booking/booking-messages";
import { staffNameOf } from "@/lib/booking/booking-data";
import { formatClinicDateTime } from "@/lib/availability";
import { BookingSummary } from "@/components/booking/booking-summary";
import { BookingScreeningPanel } from "@/components/booking-screening-panel";
import { AnnouncedNotice } from "@/components/announced-notice";
import { PhoneLink } from "@/components/phone-link";
import { getBookingScreeningPanel, getRebookLink } from "@/lib/booking/screening-panel-data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your booking" };

const NOTICES: Record<string, string> = {
  booked: "Your booking is confirmed. We have emailed you the details and a calendar file.",
  moved: "Your booking has been moved. We have emailed you the new details.",
  cancelled: "Your booking has been cancelled. We have emailed you a confirmation.",
};

export default async function BookingPage({ params, searchParams }: PageProps<"/bookings/[id]">) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requireUser({ returnTo: `/bookings/${encodeURIComponent(id)}` });
  // Someone else's booking and a made-up id look the same: not found.
  const booking = await getBookingForUser(user, id);
  if (!booking) notFound();

  const clinic = await getClinic();
  const now = new Date();
  const { date, time } = clinicDateAndTime(booking.startsAt, clinic.timeZone);
  const changes = availableChanges(booking, lifecycleActorFor(user), now);
  const notice = Object.keys(NOTICES).find((key) => query[key] === "1");
  const flaggedOnBooking = notice === "booked" && booking.status === "FLAGGED";
  // The patient's own screening advice and check-in; staff read answers in the staff console.
  const screening = booking.patientId === user.id ? await getBookingScreeningPanel(booking, now) : null;
  const bookedByName = booking.bookedById ? await staffNameOf(booking.bookedById) : null;
  const rebook = booking.patientId === user.id && booking.status === "POSTPONED" ? await getRebookLink(booking) : null;

  return (
    <div className="space-y-8">
      {notice ? (
        <AnnouncedNotice
          className={
            flaggedOnBooking
              ? "rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-amber-950"
              : "rounded-lg border-2 border-emerald-700 bg-emerald-50 p-4 text-emerald-950"
          }
        >
          {flaggedOnBooking
            ? "Your booking is awaiting review. It is best to postpone: our team will review it before it goes ahead; see below for what you can do now."
            : NOTICES[notice]}
        </AnnouncedNotice>
      ) : null}
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-brand-800">
          {booking.procedure.name}
        </h1>
        <p className="text-lg">
          Booking reference <strong>{booking.reference}</strong>
        </p>
        {bookedByName ? <p>{bookedByPhoneText(bookedByName)}.</p> : null}
      </header>

      <BookingSummary
        reference={booking.reference}
        status={describeStatus(booking.status).replace(/^./, (c) => c.toUpperCase())}
        procedureName={booking.procedure.name}
        date={date}
        time={time}
        practitioner={`${booking.practitioner.name}, ${booking.practitioner.title}`}
        place={[clinic.name, clinic.address].filter(Boolean).join(", ")}
      />

      {rebook ? (
        <section aria-labelledby="postponed-heading" className="space-y-2 rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
          <h2 id="postponed-heading" className="text-xl font-semibold">
            Book a new time
          </h2>
          <p>The clinic has postponed this booking. Please book a new time.</p>
          <p>
            <Link href={rebook} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              Choose a new time for {booking.procedure.name}
            </Link>
          </p>
          {clinic.phone ? (
            <p>
              Questions? Call the clinic on <PhoneLink number={clinic.phone} />.
            </p>
          ) : null}
        </section>
      ) : null}

      {screening ? (
        <BookingScreeningPanel
          checkIn={screening.checkIn}
          opensAtText={describeClinicTime(screening.checkIn.opensAt, clinic.timeZone)}
          checkInHref={screening.checkInHref}
          advice={screening.advice}
          clinicPhone={clinic.phone}
        />
      ) : null}

      {changes.canReschedule || changes.canCancel ? (
        <section aria-labelledby="change-heading" className="space-y-2">
          <h2 id="change-heading" className="text-xl font-semibold">
            Change this booking
          </h2>
          <p className="text-sm text-stone-700">{changeOnlineUntil(PATIENT_CHANGE_NOTICE_HOURS)}</p>
          <ul className="flex flex-wrap gap-3">
            {changes.canReschedule ? (
              <li>
                <Link href={`/bookings/${booking.id}/reschedule`} className="inline-block rounded border border-brand-600 px-4 py-2 text-brand-700 hover:bg-brand-50">
                  Reschedule
                </Link>
              </li>
            ) : null}
            {changes.canCancel ? (
              <li>
                <Link href={`/bookings/${booking.id}/cancel`} className="inline-block rounded border border-red-700 px-4 py-2 text-red-800 hover:bg-red-50">
                  Cancel booking
                </Link>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
      {changes.mustPhone ? (
        <p className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
          Your booking starts in less than {PATIENT_CHANGE_NOTICE_HOURS} hours, so it can no longer be changed online. To change or cancel it,
          please call the clinic{clinic.phone ? <> on <PhoneLink number={clinic.phone} /></> : null}.
        </p>
      ) : null}

      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-xl font-semibold">
          History
        </h2>
        <ol className="space-y-1">
          {booking.changes.map((change) => (
            <li key={change.id}>
              <span className="text-stone-600">
                {formatClinicDateTime(change.createdAt, clinic.timeZone)}:
              </span>{" "}
              {describeChange(change, booking.patientId, clinic.timeZone)}
            </li>
          ))}
        </ol>
      </section>

      <p>
        <Link href="/bookings" className="text-brand-700 underline">
          All my bookings
        </Link>
      </p>
    </div>
  );
}
