"use client";

import { formatClinicDateTime } from "@/lib/availability/clinic-display";
import type { ActionState } from "@/lib/http/action-result";
import type { TimeOffEntry } from "@/lib/staff/time-off";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, SubmitButton, SuccessMessage, TextField } from "@/components/forms/form-fields";
import { useActionForm } from "@/components/forms/use-action-form";
import { AffectedBookings } from "./affected-bookings";

export type TimeOffState = ActionState<{ entry: TimeOffEntry }>;

type Props = {
  action: (state: TimeOffState, formData: FormData) => Promise<TimeOffState>;
  practitioners: { id: string; name: string }[];
  /** Formats an instant as clinic date and time; passed in because this runs in the browser. */
  timeZone: string;
};

const FIELDS = {
  practitionerId: "practitionerId",
  startDate: "startDate",
  startTime: "startTime",
  endDate: "endDate",
  endTime: "endTime",
  reason: "reason",
};

// The entry crosses the server-action boundary, so its dates may arrive as strings.
const clinicWhen = (date: Date | string, timeZone: string) => formatClinicDateTime(new Date(date), timeZone);

export function TimeOffForm({ action, practitioners, timeZone }: Props) {
  const form = useActionForm(action, { fields: FIELDS, resetOnSuccess: true });
  const values = form.state && !form.state.ok ? form.values : undefined;
  const field = (name: keyof typeof FIELDS, label: string, type: "date" | "time") => (
    <TextField name={name} label={label} type={type} values={values} errors={form.fieldErrors(name)} />
  );
  return (
    <div className="space-y-4">
      {form.state?.ok ? (
        <>
          <SuccessMessage message={form.state.message} />
          <AffectedBookings
            bookings={form.state.entry.affected.map((b) => ({ ...b, when: clinicWhen(b.startsAt, timeZone) }))}
          />
        </>
      ) : null}
      <form {...form.formProps} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <ErrorSummary {...form.summary} />
        <SelectField
          name="practitionerId"
          label="Practitioner"
          placeholder="Choose a practitioner"
          options={practitioners.map((p) => ({ value: p.id, label: p.name }))}
          values={values}
          errors={form.fieldErrors("practitionerId")}
        />
        <div className="grid gap-4 md:grid-cols-2">
          {field("startDate", "Start date", "date")}
          {field("startTime", "Start time (clinic time)", "time")}
          {field("endDate", "End date", "date")}
          {field("endTime", "End time (clinic time)", "time")}
        </div>
        <TextField
          name="reason"
          label="Reason"
          optional
          hint="For example: conference, leave. Staff see this; patients do not."
          values={values}
          errors={form.fieldErrors("reason")}
        />
        <SubmitButton pending={form.pending} label="Block this time" pendingLabel="Saving…" />
      </form>
    </div>
  );
}
