import type { ClinicDate, Slot } from "./types";

// The slots API's JSON body. Kept slots are shared, frozen objects (see
// openSlotsOf), so each one's JSON is written once and reused while it is
// kept; a week's answer is then a join of ready strings.
const slotJson = new WeakMap<Slot, string>();

function jsonOf(slot: Slot): string {
  let json = slotJson.get(slot);
  if (json === undefined) {
    json = JSON.stringify({ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), practitioners: slot.practitioners });
    if (Object.isFrozen(slot)) slotJson.set(slot, json);
  }
  return json;
}

/** `{ procedure, timeZone, from, to, slots: [{ startsAt, endsAt, practitioners }] }`, as a JSON string. */
export function slotsAnswerJson(answer: { procedure: string; timeZone: string; from: ClinicDate; to: ClinicDate; slots: readonly Slot[] }): string {
  const head = JSON.stringify({ procedure: answer.procedure, timeZone: answer.timeZone, from: answer.from, to: answer.to });
  return `${head.slice(0, -1)},"slots":[${answer.slots.map(jsonOf).join(",")}]}`;
}
