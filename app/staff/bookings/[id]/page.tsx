import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/guards";
import { getClinic } from "@/lib/clinic/clinic-data";
import { formatClinicDate, formatClinicDateTime } from "@/lib/availability/clinic-display";
import { describeStatus } from "@/lib/booking/lifecycle";
import { bookedByPhoneText } from "@/lib/booking/booking-messages";
import { latestSuggestedDate } from "@/lib/screening/suggested-wait";
import { viewBookingReview } from "@/lib/staff/booking-review";
import { isActionRerender } from "@/lib/http/action-rerender";
import { compareResponses } from "@/lib/staff/compare-responses";
import { describeDecision } from "@/lib/staff/decision-schema";
import { reasonChipLabel } from "@/lib/staff/reason-chip-labels";
import { DecisionForm } from "@/components/staff/decision-form";
import { ResponseComparison } from "@/components/staff/response-comparison";
import { HighlightedText } from "@/components/staff/highlighted-text";
import { DismissFreeTextForm } from "@/components/staff/dismiss-free-text-form";
import { mentionsRespiratoryIllness } from "@/lib/screening/free-text-respiratory";
import { DISMISS_NOTE_MAX_LENGTH } from "@/lib/staff/dismiss-free-text";
import { PhoneLink } from "@/components/phone-link";
import { decideAction, dismissFreeTextAction } from "./actions";

export const metadata: Metadata = { title: "Review booking" };

const KIND_HEADINGS = { BOOKING: "At booking", PRE_PROCEDURE: "Check-in" } as const;

export default async function ReviewBookingPage({ params, searchParams }: PageProps<"/staff/bookings/[id]">) {
  const { id } = await params;
  const { booked } = await searchParams;
  const user = await requireStaff(`/staff/bookings/${id}`);
  // Audited read: this records "screening.viewed" for this staff member, once
  // per page view (not again when a decision on this page re-renders it).
  const review = await viewBookingReview(user, id, { recordView: !(await isActionRerender()) });
  if (!review) notFound();
  const { timeZone } = await getClinic();
  const when = (date: Date) => formatClinicDateTime(date, timeZone);
  const latest = review.responses.at(-1);
  const suggested = latestSuggestedDate(review.responses);
  const freeText = latest ? otherInfoOf(latest.answers) : "";
  const freeTextFlagged = latest?.reasons.some((r) => r.code === "FREE_TEXT_RESPIRATORY") ?? false;
  const freeTextDismissal = latest?.dismissals.find((d) => d.code === "FREE_TEXT_RESPIRATORY");
  const history = [
    ...review.decisions.map((d) => ({ id: d.id, at: d.createdAt, text: `${d.reviewerName} ${describeDecision(d.decision)}`, note: d.note })),
    // Every dismissal once, however many re-assessments share its answers.
    ...[...new Map(review.responses.flatMap((r) => r.dismissals).map((d) => [d.id, d])).values()].map((d) => ({
      id: d.id,
      at: d.createdAt,
      text: `${d.staffName} marked the free text not respiratory`,
      note: d.note,
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const columns = review.responses.map((r) => ({
    id: r.id,
    heading: KIND_HEADINGS[r.kind],
    submitted: when(r.submittedAt),
    outcome: r.outcome,
  }));

  return (
    <article className="space-y-8">
      <p className="no-print">
        <Link href="/staff" className="text-brand-700 underline">
          Back to the queue
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-brand-800">
          Review {review.reference}: {review.patient.name}
        </h1>
        <p>
          {review.procedure.name} with {review.practitioner.name}, {when(review.startsAt)} (clinic time)
        </p>
        <p>
          Status: <strong data-testid="booking-status">{describeStatus(review.status)}</strong>
        </p>
        {review.bookedByName ? <p>{bookedByPhoneText(review.bookedByName)}.</p> : null}
      </header>
      {booked && review.bookedByName ? (
        <p role="status" className="no-print rounded border border-green-300 bg-green-50 p-3 text-green-900">
          Booked {review.reference} for {review.patient.name}
          {review.status === "FLAGGED" ? ": awaiting review because of the screening answers" : ""}. The confirmation
          email is on its way to {review.patient.email}.
        </p>
      ) : null}

      <section aria-labelledby="patient-heading" className="space-y-2">
        <h2 id="patient-heading" className="text-xl font-semibold">
          Patient
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-medium">Name</dt>
          <dd>{review.patient.name}</dd>
          <dt className="font-medium">Date of birth</dt>
          <dd>{review.patient.dateOfBirth ? formatClinicDate(review.patient.dateOfBirth, timeZone) : "Not given"}</dd>
          <dt className="font-medium">Phone</dt>
          <dd>{review.patient.phone ? <PhoneLink number={review.patient.phone} /> : "Not given"}</dd>
          <dt className="font-medium">Email</dt>
          <dd>{review.patient.email}</dd>
          <dt className="font-medium">NHI</dt>
          <dd>{review.patient.nhi ?? "Not given"}</dd>
        </dl>
      </section>

      <section aria-labelledby="reasons-heading" className="space-y-2">
        <h2 id="reasons-heading" className="text-xl font-semibold">
          Why it was flagged
        </h2>
        {/* Staff read the short label; the message is what the patient was told, shown once. */}
        {!latest ? (
          <p>No screening responses.</p>
        ) : latest.reasons.length === 0 ? (
          <p>No reasons recorded.</p>
        ) : (
          <ul className="space-y-2">
            {latest.reasons.map((reason, i) => {
              const dismissed = reason.code === "FREE_TEXT_RESPIRATORY" ? freeTextDismissal : undefined;
              return (
                <li key={`${reason.code}-${i}`}>
                  <span className={`font-semibold ${dismissed ? "line-through" : ""}`}>{reasonChipLabel(reason.code)}</span>
                  {dismissed ? (
                    <span className="ml-2 text-sm font-medium text-green-800">
                      {" — "}marked not respiratory by {dismissed.staffName}: {dismissed.note}
                    </span>
                  ) : null}
                  <span className="block text-sm text-stone-700">Patient was told: {reason.message}</span>
                </li>
              );
            })}
          </ul>
        )}
        {latest?.assessedForStart ? (
          <p className="text-sm text-stone-700">
            Assessed for the procedure on {when(latest.assessedForStart)}
            {latest.reassessedFromId ? " (answers re-read when the booking was moved)" : ""}.
          </p>
        ) : null}
        {freeText && freeTextFlagged ? (
          <section aria-labelledby="free-text-heading" className="space-y-2">
            <h3 id="free-text-heading" className="font-semibold">
              The patient&apos;s words (flagged phrases marked)
            </h3>
            <HighlightedText text={freeText} spans={mentionsRespiratoryIllness(freeText).spans} />
            {latest ? (
              <DismissFreeTextForm
                action={dismissFreeTextAction.bind(null, review.id)}
                responseId={latest.id}
                noteMaxLength={DISMISS_NOTE_MAX_LENGTH}
                dismissed={freeTextDismissal !== undefined}
              />
            ) : null}
          </section>
        ) : null}
        <p>
          Earliest suggested date:{" "}
          <strong>{suggested ? formatClinicDate(suggested, timeZone) : "none suggested"}</strong>
        </p>
      </section>

      <section aria-labelledby="answers-heading" className="space-y-2">
        <h2 id="answers-heading" className="text-xl font-semibold">
          Screening answers
        </h2>
        <p className="text-sm text-stone-600">Your viewing of these answers is recorded in the audit trail.</p>
        <ResponseComparison columns={columns} rows={compareResponses(review.responses)} />
      </section>

      {history.length > 0 ? (
        <section aria-labelledby="decisions-heading" className="space-y-2">
          <h2 id="decisions-heading" className="text-xl font-semibold">
            Review history
          </h2>
          <ul className="space-y-2">
            {history.map((entry) => (
              <li key={entry.id}>
                {entry.text} on {when(entry.at)}
                {entry.note ? <span className="block text-stone-700">Note: {entry.note}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="decide-heading" className="no-print space-y-3">
        <h2 id="decide-heading" className="text-xl font-semibold">
          Decide
        </h2>
        {review.status !== "FLAGGED" ? (
          <p>This booking is {describeStatus(review.status)}; it is not awaiting review.</p>
        ) : null}
        <DecisionForm
          action={decideAction.bind(null, review.id)}
          version={review.version}
          decidable={review.status === "FLAGGED"}
        />
      </section>
    </article>
  );
}

/** The free-text answer of a stored answer set, or "" (answers are stored JSON, read defensively). */
function otherInfoOf(answers: unknown): string {
  if (typeof answers !== "object" || answers === null) return "";
  const value = (answers as Record<string, unknown>).otherInfo;
  return typeof value === "string" ? value : "";
}
