// FHIR logical ids: [A-Za-z0-9\-\.]{1,64}. Our row ids are cuids or readable
// seed ids such as "practitioner-aroha" (letters, digits and "-", never
// "."), so a Schedule id joins practitioner and procedure ids with ".", and a
// Slot id adds the start in minutes since the epoch.

export const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const ROW_ID = /^[A-Za-z0-9-]{1,40}$/;

export function isFhirId(value: string): boolean {
  return FHIR_ID.test(value);
}

export type ScheduleKey = { practitionerId: string; procedureId: string };

export function scheduleId(key: ScheduleKey): string {
  return `${key.practitionerId}.${key.procedureId}`;
}

export function parseScheduleId(id: string): ScheduleKey | null {
  const parts = id.split(".");
  if (parts.length !== 2 || !parts.every((p) => ROW_ID.test(p))) return null;
  return { practitionerId: parts[0]!, procedureId: parts[1]! };
}

export function slotId(key: ScheduleKey, startsAt: Date): string {
  return `${scheduleId(key)}.${Math.floor(startsAt.getTime() / 60_000)}`;
}

export function parseSlotId(id: string): (ScheduleKey & { startsAt: Date }) | null {
  const parts = id.split(".");
  if (parts.length !== 3 || !/^\d{1,9}$/.test(parts[2]!)) return null;
  const key = parseScheduleId(`${parts[0]}.${parts[1]}`);
  // Nine digits of minutes reach the year 3871: any real slot, and no date the calendar code cannot handle.
  return key ? { ...key, startsAt: new Date(Number(parts[2]) * 60_000) } : null;
}
