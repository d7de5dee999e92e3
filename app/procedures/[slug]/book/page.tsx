import type { Metadata } from "next";
import Link from "next/link";
import { requirePatient } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { clinicDateOf, formatClinicDateTime } from "@/lib/availability";
import { findNearestFreeSlots } from "@/lib/availability/first-free-slot";
import { startsAtSchema } from "@/lib/booking/booking-schemas";
import { previewBooking } from "@/lib/booking/preview-booking";
import { PATIENT_CHANGE_NOTICE_HOURS } from "@/lib/booking/lifecycle";
import { clinicDateAndTime } from "@/lib/booking/booking-messages";
import { formatDuration } from "@/lib/procedures/format-duration";
import { questionnaireV1 } from "@/lib/screening";
import { ConfirmBookingForm } from "@/components/booking/confirm-booking-form";
import { BookingSummary } from "@/components/booking/booking-summary";
import { NearestFreeTimes } from "@/components/booking/nearest-free-times";
import { PractitionerChoice } from "@/components/practitioner-choice";
import { ScreeningForm } from "@/components/screening-form";
import { confirmBookingAction, confirmScreenedBookingAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your booking" };

export default async function BookPage({ params, searchParams }: PageProps<"/procedures/[slug]/book">) {
  const { slug } = await params;
  const { start } = await searchParams;
  const startParam = typeof start === "string" ? start : "";
  const user = await requirePatient(`/procedures/${encodeURIComponent(slug)}/book?start=${encodeURIComponent(startParam)}`);

  const clinic = await getClinic();
  const startsAt = startsAtSchema.safeParse(startParam);
  const now = new Date();
  const preview = startsAt.success
    ? await previewBooking(slug, startsAt.data, now, user.id)
    : { ok: false as const, code: "SLOT_NOT_AVAILABLE" as const, message: "Choose a time from the list of free times." };
  const pickerHref = startsAt.success
    ? `/procedures/${encodeURIComponent(slug)}?week=${clinicDateOf(startsAt.data, clinic.timeZone)}`
    : `/procedures/${encodeURIComponent(slug)}`;

  if (!preview.ok) {
    // The time has gone (taken while the patient signed in, or no longer offered): offer the nearest ones.
    const gone = startsAt.success && startsAt.data > now && (preview.code === "SLOT_TAKEN" || preview.code === "SLOT_NOT_AVAILABLE");
    const nearest = gone ? await findNearestFreeSlots(slug, startsAt.data, now, clinic.timeZone) : [];
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-800">
          {preview.code === "NOT_FOUND" ? "Procedure not found" : gone ? "That time is no longer free" : "That time cannot be booked"}
        </h1>
        <p role="alert" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
          {preview.message}
        </p>
        {preview.next ? (
          <p>
            <Link href={preview.next.href} className="font-semibold text-brand-700 underline">
              {preview.next.label}
            </Link>
          </p>
        ) : null}
        <NearestFreeTimes
          times={nearest.map((slot) => ({
            href: `/procedures/${encodeURIComponent(slug)}/book?start=${encodeURIComponent(slot.startsAt.toISOString())}`,
            label: formatClinicDateTime(slot.startsAt, clinic.timeZone),
          }))}
        />
        <p>
          <Link href={preview.code === "NOT_FOUND" ? "/" : pickerHref} className="text-brand-700 underline">
            {preview.code === "NOT_FOUND" ? "See all procedures" : "Choose another time"}
          </Link>
        </p>
      </div>
    );
  }

  const { date, time } = clinicDateAndTime(preview.startsAt, clinic.timeZone);
  const [firstFree] = preview.practitioners;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-800">Confirm your booking</h1>
      <BookingSummary
        procedureName={`${preview.procedure.name} (${formatDuration(preview.procedure.durationMinutes)})`}
        date={date}
        time={time}
        practitioner={preview.practitioners.length === 1 ? firstFree?.name : undefined}
        place={[clinic.name, clinic.address].filter(Boolean).join(", ")}
      />
      <p className="max-w-xl text-sm text-stone-700">
        Times are New Zealand time, where the clinic is. You can cancel or move the booking online up to{" "}
        {PATIENT_CHANGE_NOTICE_HOURS} hours before it starts.
      </p>
      {preview.procedure.requiresScreening ? (
        // Screened procedures: the health questions are part of booking (DESIGN.md, decision 005).
        <ScreeningForm
          questionnaire={questionnaireV1}
          timeZone={clinic.timeZone}
          action={confirmScreenedBookingAction}
          submitLabel="Confirm booking"
          pendingLabel="Booking…"
          hiddenFields={{
            procedureSlug: preview.procedure.slug,
            startsAt: preview.startsAt.toISOString(),
            ...(preview.practitioners.length === 1 ? { practitionerId: preview.practitioners[0]!.id } : {}),
          }}
          secondary={
            <Link href={pickerHref} className="text-brand-700 underline">
              Choose another time
            </Link>
          }
        >
          <PractitionerChoice practitioners={preview.practitioners} />
        </ScreeningForm>
      ) : (
        <ConfirmBookingForm
          procedureSlug={preview.procedure.slug}
          startsAt={preview.startsAt.toISOString()}
          practitioners={preview.practitioners}
          backHref={pickerHref}
          action={confirmBookingAction}
        />
      )}
    </div>
  );
}
