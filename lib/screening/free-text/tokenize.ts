// Splits a patient's note into words, keeping where each word sits in the
// original text (so staff can see the exact words highlighted), and puts each
// word into one comparable form: lower case, no accents or macrons, no
// apostrophes, letters typed three or more times in a row cut to two
// ("coughhhh" → "coughh", "sooooo" → "soo"), texting shorthand spelt out.

export type Token = {
  /** The word as the patient wrote it. */
  raw: string;
  /** The comparable form (see normalizeWord). */
  norm: string;
  /** Offsets in the original text: text.slice(start, end) === raw. */
  start: number;
  end: number;
  /** Index of the clause the word is in: a new one starts at . ! ? ; : or a line break. */
  clause: number;
  /** Index of the part of the clause the word is in: a comma also starts a new one. */
  segment: number;
};

// One word: letters and digits, with inner apostrophes (can't, partner's) and
// decimal numbers (38.5) kept whole. Hyphens and slashes split words.
const WORD = /\p{N}+(?:[.,]\p{N}+)?|[\p{L}\p{N}]+(?:['’ʼ`][\p{L}]+)*/gu;
const CLAUSE_BREAK = /[.!?;:\n\r()]/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let segment = 0;
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const between = text.slice(last, match.index);
    if (tokens.length > 0 && CLAUSE_BREAK.test(between)) clause++;
    if (tokens.length > 0 && (CLAUSE_BREAK.test(between) || /[,/&+-]/.test(between))) segment++;
    const raw = match[0];
    tokens.push({ raw, norm: normalizeWord(raw), start: match.index, end: match.index + raw.length, clause, segment });
    last = match.index + raw.length;
  }
  return tokens;
}

/** Lower case, accents and macrons off (māuiui → mauiui), apostrophes out, long letter runs cut to two. */
export function normalizeWord(word: string): string {
  // "I'll" is not "ill".
  if (/^i['’ʼ`]ll$/i.test(word)) return "iwill";
  const plain = word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ`]/g, "")
    .replace(/(\p{L})\1{2,}/gu, "$1$1");
  return SHORTHAND[plain] ?? plain;
}

/** The word with every doubled letter written once: "sniffles" → "snifles", "coughh" → "cough". */
export function squeeze(word: string): string {
  return word.replace(/(.)\1+/g, "$1");
}

// Texting shorthand and dropped letters patients use, spelt out so the rules
// read one form. Only unambiguous ones: "ill" (I'll) is left to the rules.
const SHORTHAND: Record<string, string> = {
  hv: "have",
  hve: "have",
  hav: "have",
  gt: "got",
  r: "are",
  u: "you",
  ur: "your",
  yr: "your",
  n: "and",
  w: "with",
  v: "very",
  rly: "really",
  rlly: "really",
  abit: "bit",
  lil: "little",
  ova: "over",
  sum: "some",
  sumthin: "something",
  sumthing: "something",
  somethin: "something",
  smthing: "something",
  sth: "something",
  wk: "week",
  wks: "weeks",
  "2day": "today",
  "2nite": "tonight",
  b4: "before",
  da: "the",
  ma: "my",
  mah: "my",
  atm: "now",
  rn: "now",
  tho: "though",
  coz: "because",
  cos: "because",
  cuz: "because",
  bc: "because",
  sx: "symptoms",
  c19: "covid",
  covid19: "covid",
  cov19: "covid",
  cld: "cold",
  thrt: "throat",
  tmp: "temp",
  fevr: "fever",
};
