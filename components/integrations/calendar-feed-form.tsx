"use client";

import type { SecretState } from "@/app/staff/integrations/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, SubmitButton } from "@/components/forms/form-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { ShownOnceSecret } from "./shown-once-secret";

type Props = {
  action: (state: SecretState, formData: FormData) => Promise<SecretState>;
  practitioners: { id: string; name: string }[];
};

export function CalendarFeedForm({ action, practitioners }: Props) {
  const form = useActionForm(action, { fields: { practitionerId: "feed-practitioner" }, resetOnSuccess: true });
  const values = form.state && !form.state.ok ? form.values : undefined;
  return (
    <div className="space-y-4">
      <ShownOnceSecret state={form.state} id="new-feed-url" />
      <form {...form.formProps} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <ErrorSummary {...form.summary} />
        <SelectField
          id="feed-practitioner"
          name="practitionerId"
          label="Practitioner"
          placeholder="Choose a practitioner"
          options={practitioners.map((p) => ({ value: p.id, label: p.name }))}
          values={values}
          errors={form.fieldErrors("practitionerId")}
        />
        <div>
          <div className="flex items-center gap-2">
            <input
              type="checkbox"
              id="showPatientNames"
              name="showPatientNames"
              defaultChecked={values?.showPatientNames === "on"}
              aria-describedby="show-names-hint"
            />
            <label htmlFor="showPatientNames">Show patient names in event titles</label>
          </div>
          <p id="show-names-hint" className="text-sm text-stone-600">
            Off by default: events then show the procedure and time only. Anyone who has the address can read the feed.
          </p>
        </div>
        <SubmitButton pending={form.pending} label="Create feed address" pendingLabel="Creating…" />
      </form>
    </div>
  );
}
