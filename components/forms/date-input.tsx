// A date people know (date of birth, the date of a test) as three boxes —
// Day, Month, Year — in a fieldset (GOV.UK / NHS.UK date input). Locale-proof:
// the browser's own date input showed mm/dd/yyyy to en-NZ patients.
import type { ReactNode } from "react";
import { checkDateParts, datePartsFromIso, type DatePart, type DateParts } from "@/lib/dates/date-parts";
import type { FormValues } from "@/lib/http/action-result";
import { describedBy, FieldError, Hint, text } from "./form-fields";

export const DATE_HINT = "For example, 27 3 2007";

type Props = {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  values?: FormValues;
  /** Stored YYYY-MM-DD shown before any post. */
  defaultValue?: string;
  /** "bday" for a date of birth: each box gets its bday-day/-month/-year. */
  autoComplete?: "bday";
  legendClassName?: string;
};

const BOXES: { part: DatePart; label: string; width: string; maxLength: number }[] = [
  { part: "day", label: "Day", width: "w-16", maxLength: 2 },
  { part: "month", label: "Month", width: "w-16", maxLength: 9 },
  { part: "year", label: "Year", width: "w-24", maxLength: 4 },
];

/** The boxes as posted (after an error) or as stored. */
export function datePartsOf(values: FormValues | undefined, name: string, defaultValue?: string): DateParts {
  const posted = BOXES.some(({ part }) => text(values, `${name}-${part}`) !== undefined);
  if (!posted) return datePartsFromIso(defaultValue);
  return {
    day: text(values, `${name}-day`) ?? "",
    month: text(values, `${name}-month`) ?? "",
    year: text(values, `${name}-year`) ?? "",
  };
}

/** Which boxes to mark: those the message is about, or all three when it is about the whole date. */
function wrongParts(parts: DateParts): DatePart[] {
  const result = checkDateParts(parts, { label: "", missing: "" });
  return result.ok ? ["day", "month", "year"] : result.parts;
}

/** Where an error summary link for this date goes: its first wrong box. */
export function dateTarget(name: string) {
  return (values: FormValues) => `${name}-${wrongParts(datePartsOf(values, name))[0] ?? "day"}`;
}

export function DateInput({ name, legend, hint = DATE_HINT, errors, values, defaultValue, autoComplete, legendClassName }: Props) {
  const parts = datePartsOf(values, name, defaultValue);
  const hintId = `${name}-hint`;
  const errorId = errors?.length ? `${name}-error` : null;
  const wrong = errorId ? wrongParts(parts) : [];
  return (
    <fieldset className="space-y-1" aria-describedby={describedBy(hintId, errorId)}>
      <legend className={legendClassName ?? "font-semibold"}>{legend}</legend>
      <Hint id={hintId}>{hint}</Hint>
      <FieldError id={`${name}-error`} messages={errors} />
      <div className="flex flex-wrap gap-4">
        {BOXES.map(({ part, label, width, maxLength }) => {
          const id = `${name}-${part}`;
          return (
            <div key={part} className="space-y-1">
              <label htmlFor={id} className="block">
                {label}
              </label>
              <input
                id={id}
                name={id}
                type="text"
                inputMode="numeric"
                maxLength={maxLength}
                autoComplete={autoComplete ? `${autoComplete}-${part}` : "off"}
                defaultValue={parts[part]}
                aria-invalid={wrong.includes(part) ? true : undefined}
                className={`${width} rounded border border-stone-400 bg-white px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700`}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
