import Link from "next/link";
import { PhoneLink } from "./phone-link";

type Props = {
  /** The reasons in plain words for the patient; `detail` is each one's own words, without the advice this panel gives once. */
  reasons: { code: string; detail: string }[];
  /** e.g. "Monday 7 July 2025" (a clinic date), or null when no rule suggests one. */
  earliestSuggestedDate: string | null;
  /** The reschedule page, opening on the week of the suggested date; null when the patient can no longer move it online. */
  rescheduleHref: string | null;
  /** Where the patient cancels; null when they can no longer cancel online. */
  cancelHref: string | null;
  clinicPhone: string;
  headingLevel?: 2 | 3;
};

/**
 * What a patient reads when their answers flag the booking: that it is best to
 * postpone, why, the earliest date we suggest, and what they can do now.
 * Flagged is never silent (DESIGN.md).
 */
export function PostponementAdvice({
  reasons,
  earliestSuggestedDate,
  rescheduleHref,
  cancelHref,
  clinicPhone,
  headingLevel = 2,
}: Props) {
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as "h3" | "h4";
  const phone = clinicPhone ? (
    <>
      {" on "}
      <PhoneLink number={clinicPhone} />
    </>
  ) : null;
  return (
    <section
      aria-labelledby="postpone-heading"
      className="space-y-4 rounded-lg border-l-4 border-amber-600 bg-amber-50 p-5 text-amber-950"
    >
      <Heading id="postpone-heading" className="text-xl font-semibold">
        It is best to postpone your procedure
      </Heading>
      <p>
        Your booking is held, but our clinical team will review your answers before it goes ahead. This is what you
        told us that matters:
      </p>
      <ul className="list-disc space-y-2 pl-5">
        {reasons.map((reason) => (
          <li key={reason.code}>{reason.detail}</li>
        ))}
      </ul>
      {earliestSuggestedDate ? (
        <p>
          <strong>The earliest date we suggest for your procedure is {earliestSuggestedDate}.</strong>
        </p>
      ) : null}
      <SubHeading className="font-semibold">What you can do now</SubHeading>
      <ul className="list-disc space-y-2 pl-5">
        <li>
          {rescheduleHref ? (
            <>
              <Link href={rescheduleHref} className="font-semibold text-brand-800 underline">
                Move your booking to a later date
              </Link>
              {earliestSuggestedDate ? ` — on or after ${earliestSuggestedDate}.` : "."}
            </>
          ) : (
            <>Phone us{phone} to move your booking to a later date.</>
          )}
        </li>
        <li>Keep your booking for now and wait for our call: our team will contact you to talk it through.</li>
        <li>
          {cancelHref ? (
            <Link href={cancelHref} className="text-brand-800 underline">
              Cancel your booking
            </Link>
          ) : (
            <>Phone us{phone} to cancel your booking</>
          )}{" "}
          if you would rather not go ahead.
        </li>
      </ul>
      <p className="font-semibold">
        If you feel very unwell or your breathing gets worse, contact your GP or call Healthline on{" "}
        <PhoneLink number="0800 611 116" className="underline" />
        .
      </p>
    </section>
  );
}
