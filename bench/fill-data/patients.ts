import { sqliteDateTime } from "../sqlite-time";
import { FIRST_NAMES, SURNAMES } from "./nz-names";
import { pick, randomInt, type Random } from "./random";

export type PatientRow = {
  id: string;
  email: string;
  legalName: string;
  surname: string;
  dateOfBirth: string;
  phone: string;
  nhi: string | null;
  createdAt: string;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

// Old-form NHI (AAANNNC) with a correct mod-11 check digit, so the data passes
// the same validation the app applies to what patients type.
function nhiNumber(random: Random): string | null {
  for (let attempt = 0; attempt < 10; attempt++) {
    const letters = Array.from({ length: 3 }, () => pick(random, [...NHI_LETTERS]));
    const digits = Array.from({ length: 3 }, () => randomInt(random, 0, 9));
    const values = [...letters.map((l) => NHI_LETTERS.indexOf(l) + 1), ...digits];
    const sum = values.reduce((total, value, i) => total + value * (7 - i), 0);
    const remainder = sum % 11;
    if (remainder === 0) continue;
    return `${letters.join("")}${digits.join("")}${(11 - remainder) % 10}`;
  }
  return null;
}

function emailPart(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

/** Patients `registeredBefore` (ms) already have history; the rest signed up recently. */
export function makePatients(count: number, now: Date, random: Random, newId: () => string, recentFrom: number): PatientRow[] {
  const rows: PatientRow[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(random, FIRST_NAMES);
    const surname = pick(random, SURNAMES);
    const birthYear = randomInt(random, 1940, 2006);
    const dateOfBirth = `${birthYear}-${String(randomInt(random, 1, 12)).padStart(2, "0")}-${String(randomInt(random, 1, 28)).padStart(2, "0")}`;
    const phone = `02${randomInt(random, 0, 9)} ${randomInt(random, 100, 999)} ${randomInt(random, 1000, 9999)}`;
    // Patients with history registered before the filled two years began.
    const ageDays = i < recentFrom ? randomInt(random, 740, 1500) : randomInt(random, 1, 60);
    rows.push({
      id: newId(),
      email: `${emailPart(first)}.${emailPart(surname)}.${i + 1}@example.com`,
      legalName: `${first} ${surname}`,
      surname,
      dateOfBirth,
      phone,
      nhi: random() < 0.6 ? nhiNumber(random) : null,
      createdAt: sqliteDateTime(now.getTime() - ageDays * DAY_MS),
    });
  }
  return rows;
}
