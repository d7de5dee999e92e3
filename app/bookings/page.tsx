import type { Metadata } from "next";
import Link from "next/link";
import { requirePatient } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { listBookingsForPatient, type BookingView } from "@/lib/booking/booking-data";
import { clinicDateAndTime } from "@/lib/booking/booking-messages";
import { StatusBadge } from "@/components/booking/status-badge";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My bookings" };

export default async function MyBookingsPage() {
  const user = await requirePatient("/bookings");
  const [{ upcoming, cancelledOrPostponed, past }, clinic] = await Promise.all([listBookingsForPatient(user, new Date()), getClinic()]);

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold text-brand-800">My bookings</h1>
      <p className="text-sm text-stone-700">All times are New Zealand time, where the clinic is.</p>
      <BookingList title="Upcoming" id="upcoming" bookings={upcoming} timeZone={clinic.timeZone}>
        You have no upcoming bookings.{" "}
        <Link href="/" className="text-brand-700 underline">
          Book a procedure
        </Link>
      </BookingList>
      {cancelledOrPostponed.length > 0 ? (
        <BookingList title="Cancelled or postponed" id="cancelled" bookings={cancelledOrPostponed} timeZone={clinic.timeZone}>
          {null}
        </BookingList>
      ) : null}
      <BookingList title="Past" id="past" bookings={past} timeZone={clinic.timeZone}>
        No past bookings yet.
      </BookingList>
    </div>
  );
}

function BookingList({
  title,
  id,
  bookings,
  timeZone,
  children,
}: {
  title: string;
  id: string;
  bookings: BookingView[];
  timeZone: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      {bookings.length === 0 ? (
        <p>{children}</p>
      ) : (
        <ul className="space-y-3">
          {bookings.map((booking) => {
            const { date, time } = clinicDateAndTime(booking.startsAt, timeZone);
            return (
              <li key={booking.id} className="rounded-lg border border-stone-200 bg-white p-4">
                <h3 className="font-semibold">
                  <Link href={`/bookings/${booking.id}`} className="text-brand-700 underline underline-offset-4">
                    {booking.procedure.name} · {booking.reference}
                  </Link>
                </h3>
                <p>
                  {date}, {time}
                </p>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                  <StatusBadge status={booking.status} /> with {booking.practitioner.name}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
