import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { formatClinicDate, timeZoneAbbreviation } from "@/lib/availability";
import { findFreeSlots } from "@/lib/availability/slot-data";
import { slotWeek } from "@/lib/availability/slot-week";
import { buildSlotPickerDays } from "@/lib/availability/slot-picker-days";
import { startsAtSchema } from "@/lib/booking/booking-schemas";
import { previewBooking } from "@/lib/booking/preview-booking";
import { clinicDateAndTime } from "@/lib/booking/booking-messages";
import { pageSearchParamsObject } from "@/lib/http/search-params";
import { formatDuration } from "@/lib/procedures/format-duration";
import { listProcedures } from "@/lib/procedures/procedure-data";
import { questionnaireV1 } from "@/lib/screening";
import { getPhonePatient } from "@/lib/staff/phone-patients";
import { BookingActionForm } from "@/components/booking/booking-action-form";
import { BookingSummary } from "@/components/booking/booking-summary";
import { PractitionerChoice } from "@/components/practitioner-choice";
import { ScreeningForm } from "@/components/screening-form";
import { SlotPicker } from "@/components/slot-picker";
import { buttonClass, inputClass } from "@/components/staff/form-parts";
import { bookByPhoneAction, bookByPhoneScreenedAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Book for a patient: procedure and time" };

// Phone bookings, steps 2 and 3: the procedure and a free time, then the
// screening answers as the patient gives them, and confirm.
export default async function BookForPatientTimePage({ params, searchParams }: PageProps<"/staff/book/[patientId]">) {
  const { patientId } = await params;
  const user = await requireStaff(`/staff/book/${encodeURIComponent(patientId)}`);
  const patient = await getPhonePatient(user, patientId);
  if (!patient) notFound();
  const raw = pageSearchParamsObject(await searchParams);
  const clinic = await getClinic();
  const now = new Date();
  const procedures = await listProcedures();
  const procedure = procedures.find((p) => p.slug === raw.procedure);
  const base = `/staff/book/${patient.id}`;
  const pickerHref = procedure ? `${base}?procedure=${encodeURIComponent(procedure.slug)}` : base;

  const header = (
    <>
      <p className="no-print">
        <Link href="/staff/book" className="text-brand-700 underline">
          Find another patient
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-800">Book for {patient.name}</h1>
      {raw.added ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {patient.name} has been added as a patient.
        </p>
      ) : null}
      <dl className="grid max-w-xl grid-cols-[max-content_1fr] gap-x-6 gap-y-1 rounded-lg border border-stone-200 bg-white p-4">
        <dt className="font-semibold">Date of birth</dt>
        <dd>{formatClinicDate(patient.dateOfBirth, clinic.timeZone)}</dd>
        <dt className="font-semibold">NHI</dt>
        <dd>{patient.nhi ?? "Not given"}</dd>
        <dt className="font-semibold">Phone</dt>
        <dd>{patient.phone}</dd>
        <dt className="font-semibold">Email</dt>
        <dd>{patient.email}</dd>
      </dl>
    </>
  );

  // Step 3: a time was picked — the screening answers (when the procedure asks them) and confirm.
  const picked = procedure && raw.start ? startsAtSchema.safeParse(raw.start) : null;
  if (procedure && picked?.success) {
    const preview = await previewBooking(procedure.slug, picked.data, now, patient.id);
    if (!preview.ok) {
      return (
        <div className="space-y-6">
          {header}
          <p role="alert" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
            {preview.message}
          </p>
          <Link href={pickerHref} className="text-brand-700 underline">
            Choose another time
          </Link>
        </div>
      );
    }
    const { date, time } = clinicDateAndTime(preview.startsAt, clinic.timeZone);
    const onePractitioner = preview.practitioners.length === 1 ? preview.practitioners[0] : undefined;
    const hidden = {
      procedureSlug: preview.procedure.slug,
      startsAt: preview.startsAt.toISOString(),
      ...(onePractitioner ? { practitionerId: onePractitioner.id } : {}),
    };
    const back = (
      <Link href={pickerHref} className="text-brand-700 underline">
        Choose another time
      </Link>
    );
    return (
      <div className="space-y-6">
        {header}
        <h2 className="text-xl font-semibold">The booking</h2>
        <BookingSummary
          procedureName={`${preview.procedure.name} (${formatDuration(preview.procedure.durationMinutes)})`}
          date={date}
          time={time}
          practitioner={onePractitioner?.name}
        />
        {preview.procedure.requiresScreening ? (
          <>
            <p className="max-w-3xl rounded-lg border-2 border-brand-600 bg-brand-50 p-4">
              Ask the patient each question below and record their answers as they give them. The same rules apply as
              online: answers that point to a respiratory illness book it as awaiting review.
            </p>
            <ScreeningForm
              questionnaire={questionnaireV1}
              timeZone={clinic.timeZone}
              action={bookByPhoneScreenedAction.bind(null, patient.id)}
              submitLabel={`Book for ${patient.name}`}
              pendingLabel="Booking…"
              hiddenFields={hidden}
              secondary={back}
            >
              <PractitionerChoice practitioners={preview.practitioners} />
            </ScreeningForm>
          </>
        ) : (
          <BookingActionForm
            action={bookByPhoneAction.bind(null, patient.id)}
            hidden={hidden}
            submitLabel={`Book for ${patient.name}`}
            pendingLabel="Booking…"
            secondary={back}
          >
            <PractitionerChoice practitioners={preview.practitioners} />
          </BookingActionForm>
        )}
      </div>
    );
  }

  // Step 2: the procedure, then a free time week by week.
  const range = slotWeek(raw.week, now, clinic.timeZone);
  const free = procedure ? await findFreeSlots(procedure.slug, range, now) : null;
  const weekHref = (date: string | null) => (date && procedure ? `${pickerHref}&week=${date}` : null);
  return (
    <div className="space-y-6">
      {header}
      <form method="get" action={base} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="procedure" className="font-medium">
            Procedure
          </label>
          <select id="procedure" name="procedure" defaultValue={procedure?.slug ?? ""} className={inputClass}>
            <option value="" disabled>
              Choose a procedure
            </option>
            {procedures.map((p) => (
              <option key={p.slug} value={p.slug}>
                {p.name} ({formatDuration(p.durationMinutes)})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass}>
          Show free times
        </button>
      </form>
      {procedure ? (
        <section aria-labelledby="times-heading" className="space-y-4">
          <h2 id="times-heading" className="text-xl font-semibold">
            Free times for {procedure.name}
          </h2>
          <p>All times are New Zealand time ({timeZoneAbbreviation(now, clinic.timeZone)}).</p>
          <SlotPicker
            procedureSlug={procedure.slug}
            weekLabel={`${formatClinicDate(range.from, clinic.timeZone)} to ${formatClinicDate(range.to, clinic.timeZone)}`}
            days={buildSlotPickerDays(range, free?.slots ?? [], clinic.timeZone)}
            previousWeekHref={weekHref(range.previous)}
            nextWeekHref={weekHref(range.next)}
            slotHref={(startsAt) => `${pickerHref}&start=${encodeURIComponent(startsAt)}`}
          />
        </section>
      ) : null}
    </div>
  );
}
