"use client";

export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50"
    >
      {label}
    </button>
  );
}
