import { describeStatus, type BookingStatus } from "@/lib/booking/lifecycle";

const TONE: Record<BookingStatus, string> = {
  CONFIRMED: "bg-emerald-50 text-emerald-900 border-emerald-700",
  FLAGGED: "bg-amber-50 text-amber-900 border-amber-700",
  POSTPONED: "bg-sky-50 text-sky-900 border-sky-700",
  CANCELLED: "bg-stone-100 text-stone-800 border-stone-500",
  COMPLETED: "bg-stone-50 text-stone-800 border-stone-400",
  NO_SHOW: "bg-stone-100 text-stone-800 border-stone-500",
};

/** Status in words (never colour alone). */
export function StatusBadge({ status }: { status: BookingStatus }) {
  const words = describeStatus(status);
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${TONE[status]}`}>
      {words.charAt(0).toUpperCase() + words.slice(1)}
    </span>
  );
}
