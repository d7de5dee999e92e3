import Link from "next/link";
import type { BookingActionState } from "@/lib/http/action-result";
import { BookingActionForm } from "./booking-action-form";

/**
 * The confirm step as a component, so the health-screening step can wrap or
 * extend it (its questions go in as children) without rebuilding the page.
 */
export function ConfirmBookingForm({
  procedureSlug,
  startsAt,
  practitioners,
  backHref,
  action,
  children,
}: {
  procedureSlug: string;
  startsAt: string;
  practitioners: { id: string; name: string }[];
  backHref: string;
  /** The server action; the screening flow passes one that also saves the answers. */
  action: (state: BookingActionState, formData: FormData) => Promise<BookingActionState>;
  children?: React.ReactNode;
}) {
  return (
    <BookingActionForm
      action={action}
      hidden={{ procedureSlug, startsAt, ...(practitioners.length === 1 ? { practitionerId: practitioners[0]!.id } : {}) }}
      fields={{ practitionerId: "practitionerId" }}
      submitLabel="Confirm booking"
      pendingLabel="Booking…"
      secondary={
        <Link href={backHref} className="text-brand-700 underline">
          Choose another time
        </Link>
      }
    >
      {practitioners.length > 1 ? (
        <div className="space-y-1">
          <label htmlFor="practitionerId" className="block font-semibold">
            Practitioner
          </label>
          <select
            id="practitionerId"
            name="practitionerId"
            defaultValue=""
            className="rounded border border-stone-400 bg-white px-3 py-2 focus-visible:outline focus-visible:outline-3 focus-visible:outline-amber-500"
          >
            <option value="">First available ({practitioners[0]!.name})</option>
            {practitioners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {children}
    </BookingActionForm>
  );
}
