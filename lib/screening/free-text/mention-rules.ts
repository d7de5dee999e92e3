import * as V from "./vocabulary";
import { at, hasNear, near, sameClause, single, type Hit, type Rule, type Word } from "./word-context";

// The rules that find a mention, each reading words (never characters), so
// one rule covers every spelling the word matcher accepts. What each rule
// lets through is written beside it; decision 005 says why.

export const symptomWords = new Set(V.SYMPTOM_WORDS);

/** A word that says it alone: cough, sniffles, chesty, flu… with the few meanings that are not it. */
const symptomWordRule: Rule = (words) =>
  words.flatMap((w, i) => {
    if (!symptomWords.has(w.word)) return [];
    const before = at(words, i - 1);
    const after = at(words, i + 1);
    if ((w.word === "fever" || w.word === "fevers") && V.NOT_ILLNESS_BEFORE_FEVER.has(before)) return [];
    if (w.word === "rhinitis" && before === "allergic") return [];
    if ((w.word === "virus" || w.word === "viral") && (V.NOT_RESPIRATORY_BUG.has(before) || ["went", "gone", "going"].includes(before))) return [];
    if (w.word === "chilly" && !["feel", "feeling", "felt", "bit", "im"].includes(before)) return [];
    if (w.word === "isolation" && !["self", "in", "into"].includes(before)) return [];
    if (w.word === "tissues" && !/\b(?:box|boxes|through|heaps|lots)\b/.test(words.slice(Math.max(0, i - 4), i).map((x) => x.word).join(" "))) return [];
    if ((w.word === "congestion" || w.word === "congested") && ["traffic", "road", "roads"].some((x) => x === after || x === before)) return [];
    if (w.word === "runny" && ["egg", "eggs", "honey"].includes(after)) return [];
    if (w.word === "shivering" && after === "cold") return [];
    if (w.word === "puffed" && after === "up") return [];
    // "whooping cough" is one phrase.
    if ((w.word === "cough" || w.word === "coughs") && before === "whooping") return [{ from: i - 1, to: i }];
    return [single(i)];
  });

/** "a cold", "head cold", "cold last week", "cold and flu" — not cold hands, a cold drink or a cold day. */
const coldRule: Rule = (words) =>
  words.flatMap((w, i) => {
    if (!V.COLD_WORDS.includes(w.word)) return [];
    const after = sameClause(words, i, i + 1) ? at(words, i + 1) : "";
    if (V.NOT_THE_ILLNESS_AFTER_COLD.has(after)) return [];
    if (w.word === "colds") return [single(i)];
    // "Cold." or "a cold" as the whole of what the patient wrote.
    if (words.every((x) => x.clause === w.clause ? x === w || x.word === "a" : true) && words.filter((x) => x.clause === w.clause).length <= 2) {
      return [single(i)];
    }
    const before = sameClause(words, i, i - 1) ? at(words, i - 1) : "";
    if (V.ILLNESS_BEFORE_COLD.has(before)) {
      // "a bit cold" and "a very cold day" are the temperature.
      if (before === "bit" && at(words, i - 2) !== "of") return [];
      return [{ from: i - 1, to: i }];
    }
    if (V.TEMPERATURE_BEFORE_COLD.has(before)) return [];
    // Someone's cold: "my wife's cold", "the kids' cold".
    if (before && /(?:['’]s|s['’])$/i.test(words[i - 1]!.raw)) return [{ from: i - 1, to: i }];
    if (V.ILLNESS_AFTER_COLD.has(after) || ((after === "and" || after === "or") && symptomWords.has(at(words, i + 2)))) {
      return [{ from: i, to: i + 1 }];
    }
    if ((before === "and" || before === "or") && symptomWords.has(at(words, i - 2))) return [single(i)];
    return [];
  });

/**
 * A verb of catching or having, then up to GAP_WORDS words, then an illness:
 * "caught my partner's cold", "picked up the bug the kids brought home",
 * "coming down with something".
 */
const caughtRule: Rule = (words) =>
  words.flatMap((w, i) => {
    const isCold = w.word === "cold";
    if (!isCold && !V.CAUGHT_NOUNS.has(w.word)) return [];
    if (isCold && V.NOT_THE_ILLNESS_AFTER_COLD.has(sameClause(words, i, i + 1) ? at(words, i + 1) : "")) return [];
    // "it gets cold", "getting cold": the temperature.
    if (isCold && V.TEMPERATURE_BEFORE_COLD.has(at(words, i - 1))) return [];
    if (["bug", "bugs"].includes(w.word)) {
      if (V.NOT_AN_ILLNESS_AFTER_BUG.has(at(words, i + 1)) || hasNear(words, i, 2, V.NOT_RESPIRATORY_BUG, "before")) return [];
      if (words.some((x) => x.clause === w.clause && V.SOFTWARE_WORDS.has(x.word))) return [];
    }
    for (let d = 1; d <= V.GAP_WORDS + 1; d++) {
      const j = i - d;
      if (!sameClause(words, i, j)) break;
      const word = at(words, j);
      if (V.CATCHING_VERBS.has(word)) {
        // "came down with", "got over": the phrase starts at the verb before the particle.
        const start = ["down", "over"].includes(word) && V.CATCHING_VERBS.has(at(words, j - 1)) && sameClause(words, j, j - 1) ? j - 1 : j;
        // "something" and "one" are only an illness after a verb that can catch one.
        if (["something", "whatever", "whatevers", "one"].includes(w.word) && !CATCHING_ONLY.has(word)) return [];
        return [{ from: start, to: i }];
      }
      if (V.GAP_BREAKERS.has(word)) break;
    }
    // "a bug going round", "whatever's going around".
    if (["going", "goin"].includes(at(words, i + 1)) && ["round", "around"].includes(at(words, i + 2))) return [{ from: i, to: i + 2 }];
    if (["going", "goin"].includes(at(words, i + 2)) && ["round", "around"].includes(at(words, i + 3)) && at(words, i + 1) === "thats") {
      return [{ from: i, to: i + 3 }];
    }
    if (w.word === "bug" && ["winter", "nasty", "chest", "flu", "cold", "viral", "respiratory"].includes(at(words, i - 1))) {
      return [{ from: i - 1, to: i }];
    }
    return [];
  });

const NOSEISH = new Set(["nose", "head", "sinuses"]);
const CATCHING_ONLY = new Set([
  "caught", "catch", "catching", "picked", "pick", "picking", "down", "fighting", "fight", "shaking", "shake", "got",
  "over", "recovering", "recovered", "battling", "nursing",
]);


/** A noun with a symptom word within a few words: "runny nose", "my throat is so scratchy". */
function pairRule(nouns: ReadonlySet<string>, symptoms: ReadonlySet<string>, reach = 5, exclude?: (words: Word[], i: number) => boolean): Rule {
  return (words) =>
    words.flatMap((w, i) => {
      if (!nouns.has(w.word) || exclude?.(words, i)) return [];
      const j = near(words, i, reach).find((k) => symptoms.has(at(words, k)));
      return j === undefined ? [] : [{ from: Math.min(i, j), to: Math.max(i, j) }];
    });
}

const noseRule = pairRule(V.NOSE_WORDS, V.NOSE_SYMPTOMS, 4, (words, i) => at(words, i + 1) === "rhythm" || (at(words, i) === "nose" && ["job", "bleed", "bleeds", "piercing", "piercings", "ring", "stud"].includes(at(words, i + 1))));
const throatRule = pairRule(V.THROAT_WORDS, V.THROAT_SYMPTOMS, 4, (words, i) => {
  const word = at(words, i);
  // "tonsils out" is surgery; "voice" and "glands" need their own words.
  if ((word === "tonsils" || word === "tonsil") && near(words, i, 3).some((j) => at(words, j) === "out")) return true;
  if (word === "voice") return !near(words, i, 2).some((j) => ["lost", "losing", "lose", "croaky", "hoarse", "gone", "going", "no"].includes(at(words, j)));
  if (word === "glands" || word === "gland") return !near(words, i, 2).some((j) => ["swollen", "up", "sore", "enlarged", "tender"].includes(at(words, j)));
  return false;
});
const breathRule = pairRule(V.BREATH_WORDS, V.BREATH_SYMPTOMS, 3, (words, i) => ["exercises", "exercise", "techniques", "technique"].includes(at(words, i + 1)));
const chestRule = pairRule(V.CHEST_WORDS, V.CHEST_SYMPTOMS, 5, (words, i) => near(words, i, 2).some((j) => /^x?rays?$|^xray$|^scan$|^x$/.test(at(words, j))));
const senseRule = pairRule(V.SENSE_WORDS, V.SENSE_LOSS, 4);

/** "body aches", "aching all over", "muscle pains". */
const achesRule: Rule = (words) =>
  words.flatMap((w, i) => {
    if (!V.ACHE_WORDS.has(w.word)) return [];
    const before = at(words, i - 1);
    if (["body", "muscle", "muscles", "muscular"].includes(before) && sameClause(words, i, i - 1)) return [{ from: i - 1, to: i }];
    if (at(words, i + 1) === "all" && at(words, i + 2) === "over") return [{ from: i, to: i + 2 }];
    return [];
  });

/**
 * Feeling unwell, in everyday and NZ words: "feeling a bit crook", "I'm sick",
 * "feel like crap", "under the weather", "not feeling flash", "run down".
 */
const unwellRule: Rule = (words) =>
  words.flatMap((w, i): Hit[] => {
    const word = w.word;
    const before = at(words, i - 1);
    const after = sameClause(words, i, i + 1) ? at(words, i + 1) : "";
    if (word === "crook") {
      if (V.BODY_PARTS.has(after) || hasNear(words, i, 3, V.BODY_PARTS, "before")) return [];
      return [single(i)];
    }
    if (word === "sick" || word === "sickness") {
      if (V.NOT_ILLNESS_BEFORE_SICK.has(before) || V.NOT_ILLNESS_AFTER_SICK.has(after)) return [];
      if (before === "a" && ["concert", "night", "party", "game"].includes(after)) return [];
      if (["was", "its", "thats", "so"].includes(before) && ["concert", "haha", "lol"].some((x) => near(words, i, 2, "after").some((j) => at(words, j) === x))) return [];
      if (V.BODY_PARTS.has(after)) return [];
      return [single(i)];
    }
    if (word === "ill") {
      if (V.FEELING_WORDS.has(before) || ["fallen", "falling", "become", "became", "gone", "went", "are", "is"].includes(before)) return [{ from: i - 1, to: i }];
      if (["since", "last", "recently", "lately", "for", "and"].includes(after)) return [{ from: i, to: i + 1 }];
      return [];
    }
    if (V.UNWELL_WORDS.has(word)) {
      // "feeling rough", "feel like crap", "been a bit off".
      const j = near(words, i, 3, "before").find((k) => ["feel", "feels", "feeling", "felt", "im"].includes(at(words, k)));
      if (j !== undefined && !(word === "off" && ["to", "work"].includes(after))) return [{ from: j, to: i }];
      if (word === "rough" && after === "as") return [{ from: i, to: i + 1 }];
      return [];
    }
    if (word === "weather" && before === "the" && at(words, i - 2) === "under") return [{ from: i - 2, to: i }];
    if (word === "down" && before === "run") return [{ from: i - 1, to: i }];
    if (word === "rundown") return [single(i)];
    // "all stuffed up", "blocked up" — not "I stuffed up the date" (a mistake).
    if (["stuffed", "blocked", "clogged"].includes(word) && after === "up") {
      if (["all", "im", "feeling", "feel", "bit", "so", "totally", "completely", "really", "very", "still", "got", "get", "getting"].includes(before) || NOSEISH.has(at(words, i + 2))) {
        return [{ from: i, to: i + 1 }];
      }
    }
    if (word === "colour" || word === "color") return before === "off" ? [{ from: i - 1, to: i }] : [];
    if (word === "burning" && after === "up") return [{ from: i, to: i + 1 }];
    if (word === "flash" || word === "100" || word === "myself" || word === "well" || word === "great" || word === "good" || word === "right") {
      // "not feeling well", "not 100%", "not feeling flash".
      for (const j of near(words, i, 3, "before")) {
        if (at(words, j) !== "not") continue;
        const between = words.slice(j + 1, i).map((x) => x.word);
        const feelish = between.some((x) => ["feeling", "feel", "felt", "been", "doing"].includes(x)) || ["im", "feeling", "been"].includes(at(words, j - 1));
        if (word === "100" || word === "myself" || word === "flash" || feelish) return [{ from: j, to: i }];
      }
      return [];
    }
    if (word === "sweats" && ["night", "cold", "hot"].includes(before)) return [{ from: i - 1, to: i }];
    if (word === "cold" && before === "and" && at(words, i - 2) === "hot") return [{ from: i - 2, to: i }];
    return [];
  });

/** A temperature or a fever: "had a temp", "38.5°", "high temperature" — not room temperature or temp work. */
const temperatureRule: Rule = (words, text) =>
  words.flatMap((w, i): Hit[] => {
    if (V.TEMPERATURE_WORDS.has(w.word)) {
      if (V.NOT_ILLNESS_BEFORE_TEMPERATURE.has(at(words, i - 1)) || V.NOT_ILLNESS_AFTER_TEMPERATURE.has(at(words, i + 1))) return [];
      if (at(words, i - 1) === "a" && at(words, i - 2) === "as") return [];
      if (hasNear(words, i, 3, V.NORMAL_WORDS, "after")) return [];
      return [single(i)];
    }
    if (/^\d{2}(?:[.,]\d)?$/.test(w.word)) {
      const value = Number(w.word.replace(",", "."));
      const unit = /^\s*(?:°|º|degrees?\b|deg\b|c\b)/i.test(text.slice(w.end)) || hasNear(words, i, 3, V.TEMPERATURE_WORDS, "before");
      if (value >= 37.8 && value < 43 && unit) return [single(i)];
    }
    return [];
  });

/** An infection, unless it is clearly somewhere else (a urinary or skin infection). */
const infectionRule: Rule = (words) =>
  words.flatMap((w, i) => (V.INFECTION_WORDS.has(w.word) && !hasNear(words, i, 3, V.NOT_RESPIRATORY_SITES) ? [single(i)] : []));

/** A positive test: "tested positive", "RAT positive", "positive flu test". */
const positiveTestRule: Rule = (words) =>
  words.flatMap((w, i) => {
    if (w.word !== "positive") return [];
    const j = near(words, i, 3).find((k) => V.TEST_WORDS.has(at(words, k)) || ["covid", "flu", "influenza"].includes(at(words, k)));
    return j === undefined ? [] : [{ from: Math.min(i, j), to: Math.max(i, j) }];
  });

/** "two lines on my RAT": a positive rapid test in the words people use. */
const twoLinesRule: Rule = (words) =>
  words.flatMap((w, i) => {
    if (!["lines", "line"].includes(w.word) || !["two", "2", "second", "faint"].includes(at(words, i - 1))) return [];
    const j = near(words, i, 4).find((k) => V.TEST_WORDS.has(at(words, k)));
    return j === undefined ? [] : [{ from: Math.min(i - 1, j), to: Math.max(i, j) }];
  });

/** Asthma or an inhaler working harder than usual. */
const asthmaRule: Rule = (words) =>
  words.flatMap((w, i) => {
    if (["asthma", "asthmas"].includes(w.word)) {
      const j = near(words, i, 3, "after").find((k) => ["attack", "flare", "flaring", "flared", "playing", "worse", "bad", "acting", "tight"].includes(at(words, k)));
      return j === undefined ? [] : [{ from: i, to: j }];
    }
    if (["inhaler", "puffer", "puffers", "ventolin"].includes(w.word)) {
      const j = near(words, i, 4, "after").find((k) => ["more", "heaps", "extra", "often", "workout", "lot"].includes(at(words, k)));
      return j === undefined ? [] : [{ from: i, to: j }];
    }
    return [];
  });

/** "the rona", "the dreaded lurgy" are covered by words; this adds a few two-word names. */
const phraseRule: Rule = (words) =>
  words.flatMap((w, i): Hit[] => {
    if (w.word === "rona" && at(words, i - 1) === "the") return [{ from: i - 1, to: i }];
    if (w.word === "nasal" && ["drip", "congestion", "discharge", "infection"].includes(at(words, i + 1))) return [{ from: i, to: i + 1 }];
    if (w.word === "flu" && at(words, i - 1) === "man") return [{ from: i - 1, to: i }];
    if (w.word === "hacking" && ["up", "cough", "away"].includes(at(words, i + 1))) return [{ from: i, to: i + 1 }];
    if (w.word === "clearing" && near(words, i, 3, "after").some((k) => at(words, k) === "throat")) return [single(i)];
    return [];
  });

export const RULES: readonly Rule[] = [
  symptomWordRule,
  coldRule,
  caughtRule,
  noseRule,
  throatRule,
  breathRule,
  chestRule,
  senseRule,
  achesRule,
  unwellRule,
  temperatureRule,
  infectionRule,
  positiveTestRule,
  twoLinesRule,
  asthmaRule,
  phraseRule,
];

