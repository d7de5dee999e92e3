import { PRACTITIONER_NAMES } from "./nz-names";

export type WeeklyHours = { weekday: number; opensAt: string; closesAt: string };
export type ExtraPractitioner = { id: string; name: string; title: string; procedureSlugs: string[]; hours: WeeklyHours[] };

const days = (from: number, to: number, opensAt: string, closesAt: string): WeeklyHours[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ weekday: from + i, opensAt, closesAt }));

// Three rosters, so capacity is spread over the week, Saturdays included.
const ROSTERS: WeeklyHours[][] = [
  days(1, 5, "08:00", "18:00"),
  [...days(1, 4, "08:30", "17:30"), { weekday: 5, opensAt: "08:30", closesAt: "16:00" }, { weekday: 6, opensAt: "09:00", closesAt: "13:00" }],
  days(2, 6, "09:00", "18:00"),
];

// Consultations and follow-ups are what most doctors do; infusions and joint
// injections need the matching specialist.
const SPECIALTIES = [
  { title: "Specialist physician (rheumatology)", slugs: ["initial-consultation", "ucmsc-infusion-autoimmune", "follow-up-review"] },
  { title: "Sports and musculoskeletal physician", slugs: ["initial-consultation", "joint-injection", "follow-up-review"] },
  { title: "General practitioner (regenerative medicine)", slugs: ["initial-consultation", "follow-up-review"] },
];

export function extraPractitioners(count: number): ExtraPractitioner[] {
  return Array.from({ length: count }, (_, i) => {
    const specialty = SPECIALTIES[i % SPECIALTIES.length]!;
    return {
      id: `practitioner-bench-${String(i + 1).padStart(2, "0")}`,
      name: PRACTITIONER_NAMES[i % PRACTITIONER_NAMES.length]!,
      title: specialty.title,
      procedureSlugs: specialty.slugs,
      hours: ROSTERS[Math.floor(i / SPECIALTIES.length) % ROSTERS.length]!,
    };
  });
}
