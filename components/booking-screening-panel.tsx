import Link from "next/link";
import { PostponementAdvice } from "./postponement-advice";

type Props = {
  checkIn: {
    timing: "NOT_YET_OPEN" | "OPEN" | "CLOSED";
    state: "NOT_YET_OPEN" | "DUE" | "CLEAR" | "FLAGGED";
    opensHours: number;
    unavailable: string | null;
  };
  /** e.g. "Monday 7 December 2026 at 9:00 am New Zealand time (NZDT)". */
  opensAtText: string;
  checkInHref: string;
  advice: {
    reasons: { code: string; detail: string }[];
    earliestSuggestedDate: string | null;
    rescheduleHref: string | null;
    cancelHref: string | null;
  } | null;
  clinicPhone: string;
};

/** The booking page's health screening part: advice to postpone when flagged, and the check-in. */
export function BookingScreeningPanel({ checkIn, opensAtText, checkInHref, advice, clinicPhone }: Props) {
  return (
    <div className="space-y-6">
      {advice ? <PostponementAdvice {...advice} clinicPhone={clinicPhone} /> : null}
      {checkIn.unavailable || checkIn.timing === "CLOSED" ? null : (
        <section aria-labelledby="check-in-heading" className="space-y-2">
          <h2 id="check-in-heading" className="text-xl font-semibold">
            Health check-in
          </h2>
          {checkIn.timing === "NOT_YET_OPEN" ? (
            <p>
              Before your procedure we ask the health questions again. The check-in opens {checkIn.opensHours} hours
              before the start, on {opensAtText}; we will email you a link.
            </p>
          ) : checkIn.state === "DUE" ? (
            <>
              <p>Please answer a few short health questions before you come in. It takes about two minutes.</p>
              <p>
                <Link
                  href={checkInHref}
                  className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
                >
                  Answer the health check-in
                </Link>
              </p>
            </>
          ) : (
            <>
              <p>
                {checkIn.state === "CLEAR"
                  ? "Health questions answered: your answers were clear. Thank you."
                  : "Health questions answered. Our team is reviewing your answers and will contact you."}
              </p>
              <p>
                <Link href={`${checkInHref}?again=1`} className="text-brand-800 underline">
                  Something has changed? Update your health check-in
                </Link>
              </p>
            </>
          )}
        </section>
      )}
    </div>
  );
}
