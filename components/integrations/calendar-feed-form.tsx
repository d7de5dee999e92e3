"use client";

import { useActionState } from "react";
import { buttonClass, FieldError, inputClass } from "@/components/staff/form-parts";
import type { SecretState } from "@/app/staff/integrations/actions";
import { ShownOnceSecret } from "./shown-once-secret";

type Props = {
  action: (state: SecretState, formData: FormData) => Promise<SecretState>;
  practitioners: { id: string; name: string }[];
};

export function CalendarFeedForm({ action, practitioners }: Props) {
  const [state, formAction, pending] = useActionState<SecretState, FormData>(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <div className="space-y-4">
      <ShownOnceSecret state={state} id="new-feed-url" />
      <form action={formAction} noValidate className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <div>
          <label htmlFor="feed-practitioner" className="font-medium">Practitioner</label>
          <select
            id="feed-practitioner"
            name="practitionerId"
            defaultValue=""
            aria-invalid={errors.practitionerId ? true : undefined}
            aria-describedby={errors.practitionerId ? "feed-practitioner-error" : undefined}
            className={inputClass}
          >
            <option value="">Choose a practitioner</option>
            {practitioners.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
          <FieldError id="feed-practitioner-error" errors={errors.practitionerId} />
        </div>
        <div>
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" name="showPatientNames" aria-describedby="show-names-hint" />
            <span>Show patient names in event titles</span>
          </label>
          <p id="show-names-hint" className="text-sm text-stone-600">
            Off by default: events then show the procedure and time only. Anyone who has the address can read the feed.
          </p>
        </div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Creating…" : "Create feed address"}
        </button>
      </form>
    </div>
  );
}
