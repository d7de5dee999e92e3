// The words the free-text rules know, grouped by the part they play. Every
// form is written in tokenize's comparable form (lower case, no apostrophes).
// See docs/decisions/005-screening-rules.md for what counts and why.

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

/**
 * Words that by themselves say the patient (or someone at home) has a
 * respiratory illness or its symptoms. Close misspellings of these match too.
 */
export const SYMPTOM_WORDS = words(`
  cough coughs coughed coughing coughy coughin coughted coff coffs coffing cofing coffed caugh caughing kof koff cogh
  sneeze sneezes sneezed sneezing sneezy sneazing
  sniffle sniffles sniffly sniffling sniffled sniffy snuffle snuffles snuffly snuffling sniffs sniffing
  snot snotty snotting snotter
  phlegm phlegmy flem phlem mucus mucous mucusy catarrh sputum gunk
  chesty
  wheeze wheezes wheezed wheezing wheezy
  breathless breathlessness sob puffed
  flu flus fluey fluy flue influenza manflu
  covid corona coronavirus omicron sarscov2
  rsv croup croupy pertussis measles
  fever fevers feverish feverishness fevery febrile pyrexia
  chills chilly shivery shivers shivering rigors
  congested congestion bunged
  hoarse hoarseness croaky raspy
  bronchitis bronchial bronchiolitis pneumonia pleurisy tonsillitis laryngitis pharyngitis tracheitis
  sinusitis strep quinsy urti lrti rhinitis tuberculosis
  unwell poorly lurgy lurgi
  runny sorethroat runnynose headcold chestcold chestinfection
  virus viral postviral
  isolating isolation
  tissues
  mauiui rewharewha maremare tihe kirika hupe mahaki
  achoo atishoo lemsip codral sudafed strepsils difflam
`);

/** Forms of "cold" the illness may take; the rules decide from the words around it. */
export const COLD_WORDS = words("cold colds");

/** Things "cold" describes that are not the illness (a cold drink, cold hands, a cold sore). */
export const NOT_THE_ILLNESS_AFTER_COLD = new Set(
  words(`
    sore sores drink drinks water beer beers one ones brew hand hands feet foot finger fingers toe toes
    weather wind air room rooms day days night nights morning mornings evening evenings snap spell front
    compress pack packs shower showers bath baths plunge storage chain call calls turkey start place places
    house office clinic car floor outside temperature temperatures climate sweat sweats tea coffee food
    meat meats pizza milk case cases war blooded heart hearted shoulder climates tap fridge season
  `),
);

/** Words right before "cold" that make it the illness: "a cold", "head cold", "my cold". */
export const ILLNESS_BEFORE_COLD = new Set(
  words(`
    a an my his her their our your this that some head chest common bad nasty heavy slight mild little wee
    stinking streaming lingering winter summer horrible awful terrible rotten shocking same another
    proper real bit of
  `),
);

/** A linking word before "cold" that makes it the temperature: "it was cold last time". */
export const TEMPERATURE_BEFORE_COLD = new Set(
  words("was is were been be so too very really quite get gets getting feel feels feeling felt its freezing bitterly stone ice"),
);

/** Words after "cold" (or its misspelling) that make it the illness: "cold last week", "cold and flu". */
export const ILLNESS_AFTER_COLD = new Set(
  words("symptoms symptom virus last since recently lately for going thats on flu medicine meds tablets remedy remedies"),
);

/**
 * Verbs of catching, having or getting over something. With up to
 * GAP_WORDS words between ("caught my partner's cold", "picked up the bug
 * the kids brought home") they make an illness noun the patient's own.
 */
export const CATCHING_VERBS = new Set(
  words(`
    caught catch catching catches picked pick picking picks got get getting gets gotten have has had having
    fighting fight fought shaking shake shook nursing battling battle struggling suffering suffered suffer
    recovering recovered over brought bring bringing brings coming came come comes down gave give given
    passed pass sharing shared spread spreading kicking
  `),
);
export const GAP_WORDS = 4;

/** Words that end the reach of a catching verb: "have to keep the room cold" is not catching anything. */
export const GAP_BREAKERS = new Set(
  words("to is was be been it if when that which who but and because so not or keep kept make made"),
);

/** Nouns that are an illness after a catching verb, and only then or nearly ("a bug going round"). */
export const CAUGHT_NOUNS = new Set(words("bug bugs chill lurgy dose something whatever whatevers crud one"));

/** Kinds of "bug" and "virus" that are not respiratory. */
export const NOT_RESPIRATORY_BUG = new Set(
  words("tummy stomach gastro gut vomiting puking noro norovirus rota rotavirus computer website site booking page app"),
);
export const NOT_AN_ILLNESS_AFTER_BUG = new Set(words("bite bites spray zapper report reports fix fixes"));
/** A "bug" in the same clause as these is in software. */
export const SOFTWARE_WORDS = new Set(words("website site page app computer software system online form link email portal login logged browser"));

// Nouns and the words near them that make a symptom: "runny nose", "throat is scratchy".
export const NOSE_WORDS = new Set(words("nose noses noze noes nosey nostrils sinus sinuses"));
export const NOSE_SYMPTOMS = new Set(
  words(`
    runny running run runs blocked block blocks stuffy stuffed bunged streaming dripping drippy drips drip
    congested snotty sniffly snuffly leaking leaky blowing blow blew clogged plugged infection infected pain
    pressure headache headaches flare tap raw playing acting killing stop
  `),
);
export const THROAT_WORDS = new Set(words("throat throats throught throte throt thoat troat froat tonsils tonsil glands gland voice"));
export const THROAT_SYMPTOMS = new Set(
  words(`
    sore soar scratchy tickly tickle tickling itchy raw painful irritated swollen red croaky rough burning dry
    hurts hurting hurt killing infected infection inflamed enlarged clearing up lost losing lose gone going
    sandpaper glass razors razorblades fire
  `),
);
export const BREATH_WORDS = new Set(words("breath breathe breathing breaths"));
export const BREATH_SYMPTOMS = new Set(
  words(`
    short shortness hard harder trouble difficult difficulty difficulties struggle struggling struggled cant
    cannot couldnt out tight tightness heavy laboured labored rattly rattling noisy problems problem issues
    issue puffed gasping catch wheezy shallow
  `),
);
export const CHEST_WORDS = new Set(words("chest"));
export const CHEST_SYMPTOMS = new Set(
  words(`
    infection infections bug virus cold tight tightness congested congestion rattly rattling rattle wheezy
    crackly crackling heavy heaviness sore pain pains hurts burning full muck gunk antibiotics
  `),
);
export const SENSE_WORDS = new Set(words("smell taste tasting smelling smells tastes"));
export const SENSE_LOSS = new Set(
  words("lost loss lose losing no cant cannot couldnt change changed changes weird funny strange gone nothing"),
);
export const ACHE_WORDS = new Set(words("ache aches aching achy achey pains soreness sore"));
export const ACHE_WHERE = new Set(words("body muscle muscles muscular all over"));

/** Words that, near "feel" or "I'm", say the patient is unwell ("feeling rough", "a bit crook"). */
export const UNWELL_WORDS = new Set(
  words(`
    crook sick ill rough terrible awful rotten lousy horrible dreadful yucky yuck crap crappy average meh
    miserable rubbish seedy off
  `),
);
export const FEELING_WORDS = new Set(
  words("feel feels feeling felt been am im was is are were be look looking bit pretty quite really very so still getting got fell"),
);

/** Body parts after or before "crook" or "sick": a crook knee is an injury. */
export const BODY_PARTS = new Set(
  words(`
    knee knees back leg legs arm arms shoulder shoulders hip hips ankle ankles foot feet neck hand hands
    wrist wrists elbow elbows tummy stomach guts gut finger fingers toe toes
  `),
);
export const NOT_ILLNESS_BEFORE_SICK = new Set(words("car sea travel motion morning air home love"));
export const NOT_ILLNESS_AFTER_SICK = new Set(words("of leave note notes pay bag bay joke certificate certificates cert"));

/** Kinds of infection that are not respiratory (a urinary or skin infection). */
export const NOT_RESPIRATORY_SITES = new Set(
  words(`
    urinary bladder kidney skin wound toe toes nail nails tooth teeth dental gum gums yeast fungal eye eyes
    site bone leg arm foot finger cut bite uti
  `),
);
export const INFECTION_WORDS = new Set(words("infection infections infected"));

/** After flu, COVID-19 and the rest: a vaccination or the pandemic, not an illness. */
export const VACCINE_WORDS = new Set(
  words(`
    jab jabs shot shots vaccine vaccines vaccination vaccinations vaccinated vax vaxxed vaxed booster boosters
    boosted injection injections immunisation immunisations immunization immunised immunized season lockdown
    lockdowns pandemic restrictions era times passport mandate
  `),
);
/** Before flu, COVID-19 and the rest: "vaccinated against the flu", "during covid". */
export const VACCINE_BEFORE = new Set(words("against vaccinated vaccine jab booster immunised immunized vaxxed during"));
export const VACCINE_PREVENTABLE = new Set(
  words("flu flus influenza covid corona coronavirus pneumonia measles rsv pertussis whooping cough"),
);

/** "fever" after these is something else: hay fever, cabin fever. */
export const NOT_ILLNESS_BEFORE_FEVER = new Set(words("hay cabin spring rheumatic football"));

export const TEMPERATURE_WORDS = new Set(words("temp temps temperature temperatures"));
export const NOT_ILLNESS_BEFORE_TEMPERATURE = new Set(words("room water fridge oven air outside"));
export const NOT_ILLNESS_AFTER_TEMPERATURE = new Set(
  words("job jobs work worker workers agency role position contract staff staffing"),
);
/** "temperature normal" is a sure all-clear for that word alone. */
export const NORMAL_WORDS = new Set(words("normal fine ok okay good"));

/** Words that say a test result. */
export const TEST_WORDS = new Set(words("test tests tested testing rat rats pcr swab result results"));

/** Words that begin a plain statement of not having a symptom: "no cough or cold". */
export const NEGATORS = new Set(words("no not nil none without dont doesnt havent hasnt didnt nor zero never"));
/** Words allowed between a negator and the symptoms it denies, and around them. */
export const NEGATION_FILLERS = new Set(
  words(`
    i im ive we weve there is are have had has got get any a an the or and nor signs sign of symptoms symptom
    like type kind at all whatsoever thankfully currently either here feeling feel do does did
  `),
);
/**
 * Words anywhere in the note that make a denial unsure: a change over time
 * ("no cough now", "not anymore"), a contrast ("but"), or a degree ("no real
 * cough"). With any of them the denied words still flag.
 */
export const UNSURE_MARKERS = new Set(
  words(`
    but though although except apart however still yet anymore lately recently since until now today
    yesterday better worse gone cleared clearing over recovered recovering recovery mostly almost hardly
    barely real really much major big proper bad less last ago week weeks days month only slight slightly
    bit little
  `),
);

/** Every word any rule reads, for exact matches and as targets for misspellings. */
export const CONTEXT_NOUNS_FOR_MISSPELLING = words(`
  throat breath breathing breathe sinuses sinus nose chest temperature infection symptoms
  running blocked stuffy scratchy sneezing something
`);

/** Illness names that, in a clause about childhood or years ago, are old history, not a reason now. */
export const HISTORY_ILLNESSES = new Set(
  words("fever fevers pneumonia covid flu influenza bronchitis measles croup tonsillitis pertussis whooping cough asthma"),
);
/** Words that put a clause in the distant past: "as a child", "years ago". */
export const LONG_AGO = new Set(words("child kid kids baby teenager teen youngster young little years decades"));
