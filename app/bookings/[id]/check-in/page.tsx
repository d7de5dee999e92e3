import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePatient } from "@/lib/auth/guards";
import { getBookingForUser } from "@/lib/booking/booking-data";
import { describeClinicTime } from "@/lib/booking/booking-messages";
import { getClinic } from "@/lib/clinic/clinic-data";
import { formatClinicDate } from "@/lib/availability";
import { questionnaireV1 } from "@/lib/screening";
import { getCheckInOverview } from "@/lib/booking/check-in-data";
import { postponementLinks } from "@/lib/booking/postponement-links";
import { suggestedDateFor } from "@/lib/booking/suggested-date";
import { PostponementAdvice } from "@/components/postponement-advice";
import { ScreeningForm } from "@/components/screening-form";
import { PhoneLink } from "@/components/phone-link";
import { submitCheckInAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Health check-in" };

export default async function CheckInPage({ params, searchParams }: PageProps<"/bookings/[id]/check-in">) {
  const { id } = await params;
  const { again } = await searchParams;
  const user = await requirePatient(`/bookings/${encodeURIComponent(id)}/check-in`);
  // Ownership: another patient's booking (or a made-up id) is simply not found.
  const booking = await getBookingForUser(user, id);
  if (!booking) notFound();

  const now = new Date();
  const clinic = await getClinic();
  const overview = await getCheckInOverview(booking, now);
  const bookingHref = `/bookings/${encodeURIComponent(booking.id)}`;
  const when = describeClinicTime(booking.startsAt, clinic.timeZone);

  let body: React.ReactNode;
  if (overview.unavailable) {
    body = <p>{overview.unavailable}</p>;
  } else if (overview.timing === "NOT_YET_OPEN") {
    body = (
      <p>
        Check-in opens {overview.opensHours} hours before your procedure. You can answer from{" "}
        <strong>{describeClinicTime(overview.opensAt, clinic.timeZone)}</strong>. We will email you a reminder.
      </p>
    );
  } else if (overview.timing === "CLOSED") {
    body = <p>Check-in closed when your procedure started. If you are unwell, please phone us on <PhoneLink number={clinic.phone} />.</p>;
  } else if (overview.latest && again !== "1") {
    const latest = overview.latest;
    const suggestedDate = await suggestedDateFor(booking);
    const suggested = suggestedDate ? formatClinicDate(suggestedDate, clinic.timeZone) : null;
    const links = postponementLinks(booking, suggestedDate, now);
    body = (
      <div className="space-y-6">
        {latest.outcome === "CLEAR" ? (
          <section aria-labelledby="clear-heading" className="space-y-2 rounded-lg border-l-4 border-brand-600 bg-brand-50 p-5">
            <h2 id="clear-heading" className="text-xl font-semibold">
              Thank you, your health questions are answered
            </h2>
            {booking.status === "FLAGGED" ? (
              <p>
                Your answers today are clear. Your booking is still waiting for our team to review earlier answers; we
                will contact you.
              </p>
            ) : (
              <p>Your answers are clear. We look forward to seeing you on {when}.</p>
            )}
            <p>If you start to feel unwell before then, please answer again or phone us on <PhoneLink number={clinic.phone} />.</p>
          </section>
        ) : (
          <PostponementAdvice
            reasons={latest.reasons}
            earliestSuggestedDate={suggested}
            rescheduleHref={links.rescheduleHref}
            cancelHref={links.cancelHref}
            clinicPhone={clinic.phone}
          />
        )}
        <p>
          <Link href={`${bookingHref}/check-in?again=1`} className="text-brand-800 underline">
            Something has changed? Answer the questions again
          </Link>
        </p>
      </div>
    );
  } else {
    body = (
      <ScreeningForm
        questionnaire={questionnaireV1}
        timeZone={clinic.timeZone}
        action={submitCheckInAction.bind(null, booking.id)}
        submitLabel="Send my answers"
      />
    );
  }

  return (
    <div className="space-y-6">
      <p>
        <Link href={bookingHref} className="text-brand-800 underline">
          Back to your booking
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-brand-800">Health check-in</h1>
        <p className="text-lg">
          {booking.procedure.name} on {when} · Reference {booking.reference}
        </p>
      </header>
      {body}
    </div>
  );
}
