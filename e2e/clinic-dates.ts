// Clinic calendar dates for specs, from the app's own time-zone rules.
import { clinicDateOf } from "../lib/availability/clinic-time";

const CLINIC_TIME_ZONE = "Pacific/Auckland";

/** The clinic's calendar date ("2026-12-07") of an instant. */
export function clinicDate(instant: Date | string): string {
  return clinicDateOf(new Date(instant), CLINIC_TIME_ZONE);
}

/** The clinic's calendar date `days` from now. */
export function clinicDaysAhead(days: number): string {
  return clinicDate(new Date(Date.now() + days * 86_400_000));
}
