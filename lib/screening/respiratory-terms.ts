// The words patients really write about a respiratory illness, as a small
// curated list of patterns (no NLP dependency). Matching runs on lower-cased
// text with straight apostrophes and single spaces.
//
// Bias: a missed symptom is worse than an extra staff review, so patterns are
// generous with misspellings and there is no negation handling ("no cough"
// still flags; a nurse reads it in seconds). We only exclude phrases that are
// clearly about something else:
// - "cold" the temperature (cold hands, a cold drink, the clinic is cold) and
//   "cold sore" (a cold sore is herpes simplex, not a respiratory infection);
// - "hay fever" (allergic, not infectious; if the patient also mentions a
//   runny nose or sneezing, those words flag on their own);
// - vaccinations ("my flu jab", "covid booster"), which are not an illness;
// - a "crook" knee or back (NZ: injured), "temp" work, "sinus rhythm",
//   "allergic rhinitis", "joint pain" (a stem cell clinic sees many).

/** Things "cold" describes that are not the illness. */
const NOT_THE_ILLNESS_AFTER_COLD =
  "(?:sores?|drinks?|water|beers?|ones?|brew|hands?|feet|foot|fingers?|toes?|nose|weather|wind|air|rooms?|" +
  "days?|nights?|mornings?|evenings?|snap|spell|front|compress|packs?|showers?|baths?|plunge|storage|chain|" +
  "calls?|turkey|start|places?|house|office|clinic|car|floor|outside|temperatures?|climate|sweats?)";

/** Words in front of "cold" that make it the illness: "a cold", "head cold", "caught cold". */
const BEFORE_COLD =
  "(?:a|an|my|his|her|their|our|head|chest|common|bad|nasty|heavy|slight|mild|little|wee|stinking|streaming|" +
  "lingering|winter|summer|horrible|awful|terrible|rotten|shocking|have|has|had|having|got|caught|catch|" +
  "catching|fighting|fighting off|getting over|got over|recovering from|shake|shaking|shook off|" +
  "coming down with)";

const VACCINE_AFTER =
  "(?![\\s-]*(?:-?19\\s*)?(?:jabs?|shots?|vaccines?|vaccinations?|vaccinated|vax(?:x?ed)?|boosters?|boosted|" +
  "injections?|immuni[sz]ations?|immuni[sz]ed|season)\\b)";
const NOT_VACCINATED_AGAINST = "(?<!against\\s(?:the\\s)?)";

const SAYS_FEELING = "(?:feel|feels|feeling|felt|been|was|am|i'm|im|is|bit|pretty|quite|real|really|very|still|getting)";

const sources: string[] = [
  // Cough, with the spellings people type: coughing, coughed, cofing, caugh, coff.
  String.raw`\bc(?:o|ou|au|oa|oo)(?:gh|ff|f|ph)(?:s|ed|ing|in|y|ey)?\b`,
  // A cold — but not a cold drink, cold hands or a cold sore.
  String.raw`\b${BEFORE_COLD}\s+cold\b(?![\s-]*${NOT_THE_ILLNESS_AFTER_COLD}\b)`,
  String.raw`\b(?:head|chest)cold\b`,
  String.raw`\bcolds\b`,
  String.raw`\bcold\s*(?:symptoms?|virus(?:es)?|(?:and|or|&|/)\s*flu|medicine|meds|tablets|remed(?:y|ies)|and\s+cough)\b`,
  String.raw`\bcold\s+(?:last\s+(?:week|month)|recently|a\s+few\s+(?:days|weeks)\s+ago)\b`,
  // Sniffles, snuffly, snotty, blowing my nose.
  String.raw`\bsn[iu]ff?(?:le|les|ly|ling|led|y|ies)\b`,
  String.raw`\bsnott?(?:y|ie|ies)?\b`,
  String.raw`\bblow(?:ing)?\s+(?:my\s+)?nose\b`,
  // Blocked, stuffy or runny nose, either way round.
  String.raw`\b(?:blocked|stuffy|stuffed|runny|runnny|runy|running|streaming|drippy|dripping|congested|bunged|sniffly|snuffly)(?:[\s-]up)?\s+nos(?:e|es|ey)\b`,
  String.raw`\bnose\s+(?:is\s+|was\s+|has\s+been\s+|keeps\s+|kept\s+|won'?t\s+stop\s+)?(?:blocked|stuffy|stuffed|running|runny|streaming|dripping|congested|bunged)\b`,
  String.raw`\b(?:post[\s-]?nasal|nasal\s+(?:congestion|drip|discharge|infection))\b`,
  String.raw`\bcongest(?:ed|ion)\b`,
  String.raw`\bsne+[sz]+(?:e|es|ed|ing|in|y|ey)?\b`,
  String.raw`\bcatarr?h\b`,
  // Flu, man flu, fluey, influenza — not the flu jab.
  String.raw`${NOT_VACCINATED_AGAINST}\b(?:man[\s-]?)?flu(?:e|ey|y)?\b${VACCINE_AFTER}`,
  String.raw`${NOT_VACCINATED_AGAINST}\binf?l?[ue]{1,2}n[sz]a\b${VACCINE_AFTER}`,
  // COVID-19 — not the COVID vaccine.
  String.raw`${NOT_VACCINATED_AGAINST}\b(?:covid(?:[\s-]?19)?|covd|corona(?:\s*virus)?|coronavirus|sars[\s-]?cov[\s-]?2?|the\s+rona)\b${VACCINE_AFTER}`,
  String.raw`\brsv\b`,
  // A positive test or isolating, however it is said.
  String.raw`\b(?:tested\s+positive|positive\s+(?:rat|test|pcr|swab|result)|(?:rat|test|pcr|swab)\s+(?:was\s+|came\s+back\s+)?positive)\b`,
  String.raw`\b(?:self[\s-]?)?isolat(?:ing|ion)\b`,
  // Temperature and fever — not hay fever, room temperature or temp work.
  String.raw`(?<!room\s)(?<!\bas\sa\s)\btemp(?:erature|rature|reture|erture|arature)?s?\b(?![\s-]*(?:jobs?|work|worker|agency|role|position|contract|staff)\b)`,
  String.raw`(?<!hay[\s-]?)\bfev(?:er|ah|re)(?:s|ish|ed|y)?\b`,
  String.raw`\b(?:3[89]|4[0-2])(?:[.,]\d)?\s*(?:°|º|degrees?\b|deg\b|c\b)`,
  String.raw`\b(?:chills|shivery|shivers|hot\s+and\s+cold|(?:night|cold)\s+sweats?)\b`,
  // Throat.
  String.raw`\b(?:sore|scratchy|tickly|tickley|itchy|raw|painful|irritated|swollen|red|croaky|rough|burning)\s+(?:th|f)r[oa]+u?g?h?ts?\b`,
  String.raw`\b(?:th|f)r[oa]+u?g?h?t\s+(?:is\s+|was\s+|feels\s+|felt\s+|has\s+been\s+)(?:sore|scratchy|raw|tickly|itchy|swollen|painful|red)\b`,
  String.raw`\b(?:th|f)r[oa]+u?g?h?t\s+infect\w*`,
  String.raw`\bstrep\b`,
  String.raw`\btons?[iy]l+[iy]?t[iu]s\b`,
  String.raw`\b(?:swollen|sore|infected|inflamed)\s+tonsils?\b`,
  String.raw`\btonsils?\s+(?:are|is|were|was)\s+(?:swollen|sore|infected|inflamed)\b`,
  String.raw`\bquinsy\b`,
  String.raw`\b(?:(?:laryng|pharyng|trache|epiglott)itis|(?<!allergic\s)rhinitis)\b`,
  String.raw`\blost\s+(?:my\s+)?voice\b`,
  String.raw`\bhoarse(?:ness)?\b`,
  String.raw`\bcroaky\b`,
  String.raw`\bswollen\s+glands\b`,
  // Chest and breathing.
  String.raw`\bchest(?:y|ie)\b`,
  String.raw`\bchest\s+(?:infect\w*|bug|virus|congestion)`,
  String.raw`\bchest\s+(?:is|feels|felt|was|has\s+been)\s+(?:tight|congested|rattly|rattling|wheezy|crackly|heavy)\b`,
  String.raw`\btight(?:ness)?\s+(?:in\s+(?:my|the)\s+)?chest\b`,
  String.raw`\bwh?ee?z(?:e|ed|es|ing|in|y|ey|ie)?\b`,
  String.raw`\b(?:short(?:ness)?|out)\s+(?:of\s+)?bre?a?th\b`,
  String.raw`\bbre?a?th?less(?:ness)?\b`,
  String.raw`\b(?:difficulty|difficulties|trouble|struggling|struggle|hard|problems?|issues?)\s+(?:with\s+|to\s+)?(?:my\s+)?breath(?:ing|e)\b`,
  String.raw`\bcan'?t\s+(?:catch\s+my\s+breath|breathe)\b`,
  String.raw`\bbronch\w*`,
  String.raw`\bp?n[eu]{1,2}m[oa]n(?:ia|ya|ie)\b${VACCINE_AFTER}`,
  String.raw`\b(?:phl|fl)eg?my?\b`,
  String.raw`\bmuc(?:us|ous|ousy|usy)\b`,
  String.raw`\bsputum\b`,
  String.raw`\bcroup(?:y)?\b`,
  String.raw`\bpertussis\b`,
  String.raw`\bmeasles\b`,
  String.raw`\basthma\s+(?:attack|flare|flare[\s-]up|playing\s+up|(?:is\s+)?worse|(?:is\s+)?bad)\b`,
  String.raw`\bsinus(?:itis|es)\b`,
  String.raw`\bsinus\s+(?:infect\w*|pain|pressure|congestion|blocked|block|problems?|issues?|trouble|headaches?|flare[\s-]?up|drip)\b`,
  String.raw`\b(?:respiratory|airway|lung)\b(?:\s+infect\w*)?`,
  String.raw`\b(?:urti|lrti)\b`,
  // Loss of smell or taste; flu-like aches.
  String.raw`\b(?:lost|loss\s+of|no|can'?t|cannot|couldn'?t|change\s+(?:in|of)|changed)\s+(?:my\s+)?(?:sense\s+of\s+)?(?:smell|taste)\b`,
  String.raw`\b(?:body|muscle|muscles|muscular)\s+(?:aches?|pains?|achy|soreness)\b`,
  String.raw`\b(?:achy|aching|sore)\s+all\s+over\b`,
  // Feeling unwell, in everyday and NZ words: crook, lurgy, under the weather, a bug.
  String.raw`\b${SAYS_FEELING}\s+crook\b(?!\s+(?:knee|back|leg|arm|shoulder|hip|ankle|foot|neck|hand|wrist|elbow|tummy|stomach|guts?)s?\b)`,
  String.raw`\bcrook\s+as\b`,
  String.raw`\blurg(?:y|ie|i|ey)\b`,
  String.raw`\bunwell\b`,
  String.raw`\bunder\s+the\s+weather\b`,
  String.raw`\brun[\s-]down\b`,
  String.raw`\b(?:feel|feeling|felt|been|bit|quite)\s+poorly\b`,
  String.raw`\b(?:feel|feeling|felt|been|was|am|i'm|is|are|were|got|getting|off)\s+sick\b(?!\s+of\b)`,
  String.raw`\b(?:feel|feeling|felt|fell|been|was|am|i'm|is|are|were|got|getting)\s+ill\b`,
  String.raw`\b(?:feel|feeling|felt)\s+(?:\w+\s+)?(?:terrible|awful|rough|rotten|lousy|horrible|dreadful|yucky|off\s+colou?r)\b`,
  String.raw`\bcoming\s+down\s+with\b`,
  String.raw`\b(?:caught|picked\s+up|got|had|have|fighting(?:\s+off)?)\s+(?:a|some|the|this)\s+(?!(?:tummy|stomach|gastro|gut)\b)(?:\w+\s+)?bug\b`,
  String.raw`\b(?:bug|virus|lurgy|something)\s+(?:is\s+|that'?s\s+)?going\s+(?:around|round)\b`,
  String.raw`\b(?:a|the|some|this|that|nasty|winter|respiratory)\s+virus\b`,
  String.raw`\b(?:viral\s+(?:infection|illness|bug)|post[\s-]?viral)\b`,
];

export const RESPIRATORY_PATTERNS: readonly RegExp[] = sources.map((source) => new RegExp(source, "gi"));
