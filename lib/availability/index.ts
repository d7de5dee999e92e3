export type {
  ClinicDate,
  Interval,
  PractitionerSchedule,
  ProcedureTiming,
  Slot,
  SlotPractitioner,
  WeeklyHours,
} from "./types";
export {
  CLAIM_CELL_MINUTES,
  DEFAULT_HORIZON_DAYS,
  DEFAULT_MIN_NOTICE_HOURS,
  DEFAULT_STEP_MINUTES,
  SLOT_STEP_MINUTES,
} from "./constants";
export { computeFreeSlots, type ComputeFreeSlotsInput } from "./free-slots";
export { claimCellsFor } from "./claim-cells";
export { holdIntervalFor, intervalsOverlap } from "./intervals";
export { groupSlotsByClinicDay, type ClinicDaySlots } from "./group-slots";
export {
  formatClinicDate,
  formatClinicDateCompact,
  formatClinicDateTime,
  formatClinicDay,
  formatClinicTime,
  timeZoneAbbreviation,
} from "./clinic-display";
export { clinicDateOf, clinicInstant, clinicToday } from "./clinic-time";
export { addClinicDays, clinicDaysBetween, isClinicDate, weekRange } from "./clinic-date";
export { MAX_SLOT_QUERY_DAYS, clinicDateSchema, slotQuerySchema, type SlotQuery } from "./slot-query-schema";
