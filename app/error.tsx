"use client";

// A calm page for the unexpected; details go to the server log, not the patient.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p>Nothing you entered was lost by trying again. If it keeps happening, please phone the clinic.</p>
      <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 text-white">
        Try again
      </button>
    </div>
  );
}
