import { describe, expect, it } from "vitest";
import { mentionsRespiratoryIllness } from "./free-text-respiratory";

// Phrasings taken from the way patients write. Each must reach a nurse.
const mustFlag: [string, string][] = [
  ["Just a bit of a sniffle", "sniffle"],
  ["the kids gave me the sniffles", "sniffles"],
  ["Still a bit snuffly", "snuffly"],
  ["bit chesty this week", "chesty"],
  ["Been coughing at night", "coughing"],
  ["I coughed a lot yesterday", "coughed"],
  ["ive been cofing", "cofing"],
  ["slight caugh in the mornings", "caugh"],
  ["dry coff", "coff"],
  ["Man flu!!", "man flu"],
  ["had the flu last month", "flu"],
  ["feeling a bit fluey", "fluey"],
  ["recovering from influenza", "influenza"],
  ["getting over infuenza", "infuenza"],
  ["blocked nose in the mornings", "blocked nose"],
  ["Stuffy nose", "stuffy nose"],
  ["RUNNY NOSE", "runny nose"],
  ["my nose is running a bit", "nose is running"],
  ["had a temp on Sunday", "temp"],
  ["running a temp as a precaution", "temp"],
  ["high temp last night", "temp"],
  ["my temperature was up", "temperature"],
  ["38.5°C last night", "38.5"],
  ["Feeling feverish", "feverish"],
  ["had a fever at the weekend", "fever"],
  ["caught a cold from my grandson", "a cold"],
  ["nasty head cold", "head cold"],
  ["I have a cold", "a cold"],
  ["a wee cold", "wee cold"],
  ["sore throat", "sore throat"],
  ["scratchy throat", "scratchy throat"],
  ["sore throught since tuesday", "sore throught"],
  ["a bit wheezy", "wheezy"],
  ["wheezing", "wheezing"],
  ["breathless on the stairs", "breathless"],
  ["I get short of breath", "short of breath"],
  ["sinus infection", "sinus infection"],
  ["bronchitis in May", "bronchitis"],
  ["had pneumonia in winter", "pneumonia"],
  ["had pnemonia", "pnemonia"],
  ["Covid positive last week", "covid"],
  ["Had COVID-19 in April", "covid"],
  ["had corona", "corona"],
  ["my baby has RSV", "rsv"],
  ["coughing up phlegm", "phlegm"],
  ["lots of flem", "flem"],
  ["lots of mucus", "mucus"],
  ["feeling congested", "congested"],
  ["sneezing all day", "sneezing"],
  ["tonsillitis last week", "tonsillitis"],
  ["strep throat", "strep"],
  ["my son has croup", "croup"],
  ["chest infection", "chest infection"],
  ["got the lurgy", "lurgy"],
  ["feeling a bit crook", "crook"],
  ["been crook as", "crook"],
  ["a bit under the weather", "under the weather"],
  ["I'm feeling run down", "run down"],
  ["can't smell anything, lost my sense of taste", "lost my sense of taste"],
  ["lost my voice", "lost my voice"],
  ["whooping cough going round at school", "cough"],
  ["Hayfever and a runny nose", "runny nose"],
  ["caught a bug on the plane", "caught a bug"],
  ["body aches and chills", "body aches"],
  ["tested positive on a RAT", "tested positive"],
  ["self-isolating until Friday", "isolating"],
  ["the kids are sick at home", "sick"],
  ["I was ill last week", "was ill"],
  ["feeling pretty rough", "feeling pretty rough"],
];

// Denials that could hide a recent symptom still flag: a missed symptom is worse than a review.
const unsureDenialsFlagged = [
  "no cough now",
  "No cough anymore",
  "no cough but a bit of a sniffle",
  "not coughing as much",
  "no real cough",
  "No fever since Tuesday",
  "no cough, had a cold",
];

// Plain denials are not a mention.
const plainDenials = ["No cough or cold", "no symptoms, no cough", "I don't have a fever", "No cough, cold or fever", "Not sick, feeling great"];

// Misspellings one or two letters off, held-down keys and shorthand.
const misspelt: [string, string][] = [
  ["I have a couhg", "couhg"],
  ["coughhhh", "coughhhh"],
  ["sneazing all day", "sneazing"],
  ["bad fevre", "fevre"],
  ["brochitis", "brochitis"],
  ["sore throta", "sore throta"],
  ["feelin crook", "crook"],
  ["i got a colddd", "got a colddd"],
];

// A verb of catching, a few words, then the illness.
const caught: [string, string][] = [
  ["caught my partner's cold", "caught my partner's cold"],
  ["picked up the bug the kids brought home", "picked up the bug"],
  ["came down with something on Friday", "came down with something"],
  ["got over a bad head cold", "got over a bad head cold"],
];

// Ordinary notes that must not bother the team.
const mustNotFlag = [
  "Allergic to penicillin",
  "I take metformin",
  "My daughter will drive me",
  "I have cold hands",
  "The clinic is always cold",
  "I'll bring a cold drink",
  "It was a cold day so I'll wear layers",
  "I have cold feet about the procedure",
  "I have a cold sore on my lip",
  "I get cold sores sometimes",
  "I get hay fever in spring",
  "Hayfever tablets daily",
  "Had my flu jab last week",
  "Flu vaccine done in April",
  "Pneumonia vaccine in 2023",
  "Covid booster in March",
  "Fully vaccinated against covid",
  "I'm nervous about needles",
  "Type 2 diabetes, well controlled",
  "Knee replacement in 2019",
  "I drink a lot of coffee",
  "I caught the bus last time",
  "I have a temporary crown",
  "I lost my temper at the parking",
  "Had my tonsils out as a child",
  "Normal sinus rhythm on my last ECG",
  "I've got a crook knee",
  "I had a tummy bug last month",
  "Joint pain in both knees",
  "Please call after 3pm",
  "Is there parking nearby?",
  "I work as a temp",
  "Wheelchair access please",
  "Room temperature water please",
  "I'm sick of waiting for this",
  "Blood pressure is high",
  "I use a nasal spray for allergies",
  "",
];

describe("mentionsRespiratoryIllness flags what patients really write", () => {
  it.each(mustFlag)("%j (finds %j)", (text, term) => {
    const result = mentionsRespiratoryIllness(text);
    expect(result.matched).toBe(true);
    expect(result.terms.some((found) => found.includes(term))).toBe(true);
  });

  it.each(unsureDenialsFlagged)("%j still goes to a nurse (the denial is not sure)", (text) => {
    expect(mentionsRespiratoryIllness(text).matched).toBe(true);
  });

  it.each(misspelt)("%j (finds %j)", (text, term) => {
    expect(mentionsRespiratoryIllness(text).terms).toContain(term);
  });

  it.each(caught)("%j (finds %j)", (text, term) => {
    expect(mentionsRespiratoryIllness(text).terms).toContain(term);
  });

  it("does not stretch short words: a real word near a symptom word is taken as written", () => {
    for (const text of ["I'll sleep on the couch", "it's been a tough year", "I never miss appointments", "bring a fiver", "I'll be there"]) {
      expect(mentionsRespiratoryIllness(text).matched).toBe(false);
    }
  });
});

describe("mentionsRespiratoryIllness leaves unrelated notes alone", () => {
  it.each(mustNotFlag)("%j", (text) => {
    expect(mentionsRespiratoryIllness(text)).toEqual({ matched: false, terms: [], spans: [] });
  });

  it.each(plainDenials)("%j (a plain denial)", (text) => {
    expect(mentionsRespiratoryIllness(text).matched).toBe(false);
  });
});

describe("mentionsRespiratoryIllness reports the words for staff", () => {
  it("lists each phrase once, in reading order", () => {
    expect(mentionsRespiratoryIllness("Cough, a bit chesty, still coughing. Cough!").terms).toEqual([
      "cough",
      "chesty",
      "coughing",
    ]);
  });

  it("joins overlapping finds into one phrase", () => {
    expect(mentionsRespiratoryIllness("caught a cold last week").terms).toEqual(["caught a cold"]);
  });

  it("reads curly apostrophes like straight ones", () => {
    expect(mentionsRespiratoryIllness("I can’t breathe well").terms).toEqual(["can't breathe"]);
  });

  it("gives where each phrase sits in the original text, for highlighting", () => {
    const text = "Hi! Bit of a COUGHHH and my nose is  running.";
    const { spans } = mentionsRespiratoryIllness(text);
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(["COUGHHH", "nose is  running"]);
    expect(spans.map((span) => span.text)).toEqual(["COUGHHH", "nose is  running"]);
  });
});
