"use client";

import { formatClinicDateTime } from "@/lib/availability/clinic-display";
import { useActionState } from "react";
import { AffectedBookings } from "./affected-bookings";
import { buttonClass, FieldError, FormMessage, inputClass } from "./form-parts";
import type { TimeOffState } from "@/app/staff/time-off/actions";

type Props = {
  action: (state: TimeOffState, formData: FormData) => Promise<TimeOffState>;
  practitioners: { id: string; name: string }[];
  /** Formats an instant as clinic date and time; passed in because this runs in the browser. */
  timeZone: string;
};

// The entry crosses the server-action boundary, so its dates may arrive as strings.
const clinicWhen = (date: Date | string, timeZone: string) => formatClinicDateTime(new Date(date), timeZone);

export function TimeOffForm({ action, practitioners, timeZone }: Props) {
  const [state, formAction, pending] = useActionState<TimeOffState, FormData>(action, null);
  const values = state && !state.ok ? state.values : undefined;
  const errors = state && !state.ok ? state.fieldErrors : {};
  const field = (name: string, label: string, type: "date" | "time" | "text", hint?: string) => (
    <div>
      <label htmlFor={name} className="font-medium">{label}</label>
      {hint ? <p id={`${name}-hint`} className="text-sm text-stone-600">{hint}</p> : null}
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={values?.[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={[hint ? `${name}-hint` : "", errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined}
        className={inputClass}
      />
      <FieldError id={`${name}-error`} errors={errors[name]} />
    </div>
  );
  return (
    <div className="space-y-4">
      <FormMessage state={state && state.ok ? { ok: true, message: state.message } : state} />
      {state?.ok ? (
        <AffectedBookings
          bookings={state.entry.affected.map((b) => ({ ...b, when: clinicWhen(b.startsAt, timeZone) }))}
        />
      ) : null}
      <form action={formAction} noValidate className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <label htmlFor="practitionerId" className="font-medium">Practitioner</label>
          {/* Keyed by the submitted value: React applies a select's defaultValue only
              when it mounts, and resets the form after the action, so without a
              remount the choice would fall back to "Choose a practitioner". */}
          <select
            key={values?.practitionerId ?? ""}
            id="practitionerId"
            name="practitionerId"
            defaultValue={values?.practitionerId ?? ""}
            aria-invalid={errors.practitionerId ? true : undefined}
            aria-describedby={errors.practitionerId ? "practitionerId-error" : undefined}
            className={inputClass}
          >
            <option value="">Choose a practitioner</option>
            {practitioners.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
          <FieldError id="practitionerId-error" errors={errors.practitionerId} />
        </div>
        {field("startDate", "Start date", "date")}
        {field("startTime", "Start time (clinic time)", "time")}
        {field("endDate", "End date", "date")}
        {field("endTime", "End time (clinic time)", "time")}
        <div className="md:col-span-2">{field("reason", "Reason", "text", "For example: conference, leave. Staff see this; patients do not.")}</div>
        <div>
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? "Saving…" : "Block this time"}
          </button>
        </div>
      </form>
    </div>
  );
}
