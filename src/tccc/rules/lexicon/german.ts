/**
 * German words of German medics writing for English readers ("Tourniquet angelegt 14:20 li. Oberschenkel", "RR 110/70,
 * HF 120, AF 22", "i.v.-Zugang 18G re. Handrücken", "Ketamin überlegt, nicht gegeben"), each with the English words
 * the readers already know, as lexicon/french.ts does for French. Keys are lower case and without accents or umlauts
 * ("Wärmeerhalt" is looked up as "warmeerhalt"); an abbreviation keeps its dots ("li.", "traum. amputation"). German
 * writes its nouns with a capital, so a word is glossed in either case; none of these words is an English one or a
 * name ("Wade", "fuss" are left out).
 */

/** Body parts, named as the English table names them ("Oberschenkel" → thigh → leg). */
const BODY: Readonly<Record<string, string>> = {
  oberschenkel: 'thigh',
  unterschenkel: 'shin',
  unterarm: 'forearm',
  oberarm: 'upper arm',
  ellenbeuge: 'antecubital',
  handrucken: 'hand',
  handgelenk: 'wrist',
  ellenbogen: 'elbow',
  schulter: 'shoulder',
  knie: 'knee',
  fuß: 'foot',
  bein: 'leg',
  beine: 'legs',
  kopf: 'head',
  gesicht: 'face',
  wange: 'cheek',
  hals: 'neck',
  brust: 'chest',
  brustkorb: 'chest',
  bauch: 'belly',
  becken: 'pelvis',
  rucken: 'back',
  leiste: 'groin',
  gesass: 'buttock',
  gesaß: 'buttock',
};

/** Sides, written before the part as English writes them; the short forms only there ("li. Oberschenkel"). */
export const GERMAN_SIDES: Readonly<Record<string, string>> = {
  'li.': 'left',
  're.': 'right',
  links: 'left',
  rechts: 'right',
};

/** Wounds and what caused them ("Schussverletzung", "Splitterverletzungen", "traum. Amputation", "SHT"). */
const HURTS: Readonly<Record<string, string>> = {
  schussverletzung: 'gunshot wound',
  schussverletzungen: 'gunshot wounds',
  einschuss: 'entry wound',
  ausschuss: 'exit wound',
  splitterverletzung: 'fragment wound',
  splitterverletzungen: 'fragment wounds',
  splitter: 'fragments',
  stichverletzung: 'stab wound',
  'traum. amputation': 'traumatic amputation',
  fraktur: 'fracture',
  prellmarke: 'bruise',
  prellung: 'bruise',
  verbrennung: 'burn',
  verbrennungen: 'burns',
  // Schädel-Hirn-Trauma: a brain hurt by a blow to the head.
  sht: 'tbi',
  blutung: 'bleeding',
  spritzend: 'spurting',
  treffer: 'hit',
  'rpg-treffer': 'rpg hit',
  sturz: 'fall',
};

/** Care given ("Druckverband", "i.v.-Zugang", "Beckenschlinge angelegt", "Wärmeerhalt", "Vollblut 1 Einheit"). */
const CARE: Readonly<Record<string, string>> = {
  angelegt: 'applied',
  druckverband: 'pressure dressing',
  // "i.v. 03:35", "i.o. re. Humerus": the route's dots end no sentence, so a time after it is still its own.
  'i.v.': 'iv',
  'i.o.': 'io',
  'i.m.': 'im',
  'p.o.': 'po',
  'i.v.-zugang': 'iv',
  'i.o.-zugang': 'io',
  zugang: 'access',
  beckenschlinge: 'pelvic binder',
  schiene: 'splint',
  warmeerhalt: 'hypothermia prevention',
  rettungsdecke: 'space blanket',
  vollblut: 'whole blood',
  einheit: 'unit',
  einheiten: 'units',
  'uber maske': 'via mask',
  ketamin: 'ketamine',
  uberlegt: 'considered',
  gegeben: 'given',
  'nicht gegeben': 'not given',
  // "i.v. nicht möglich": the line could not be placed.
  'nicht moglich': 'failed',
};

/** Vital signs and their German shorthand ("HF 120", "RR 110/70", "AF 22", "Schmerz 7/10", "reagiert auf Ansprache"). */
const SIGNS: Readonly<Record<string, string>> = {
  // Herzfrequenz, Riva-Rocci (the cuff's pressure), Atemfrequenz.
  hf: 'hr',
  rr: 'bp',
  af: 'rr',
  schmerz: 'pain',
  schmerzen: 'pain',
  wach: 'alert',
  'reagiert auf ansprache': 'responds to voice',
  'reagiert auf schmerz': 'responds to pain',
  bewusstlos: 'unresponsive',
  kontrolle: 'recheck',
  vitalparameter: 'vitals',
};

/** Shorthand glossed only in capitals before its reading ("HF 120"; "RR" before a pressure, "AF" before a rate). */
export const GERMAN_SIGN_SHORTHAND: ReadonlySet<string> = new Set(['hf', 'rr', 'af']);

/** Who the casualty is ("OGefr Jonas Brenninkmeyer, männlich", "Allergien: keine bekannt"), and the card's fields. */
const PEOPLE: Readonly<Record<string, string>> = {
  mannlich: 'male',
  weiblich: 'female',
  allergien: 'allergies',
  allergie: 'allergy',
  'keine bekannt': 'none known',
  unbekannt: 'unknown',
  'pat.': 'patient',
  prioritat: 'priority',
  dringlichkeit: 'priority',
};

/** Ranks before a name, as the English ranks of the same grade ("OGefr", "StUffz", "Hptgefr"). */
export const GERMAN_RANKS: Readonly<Record<string, string>> = {
  gefr: 'pvt',
  ogefr: 'pfc',
  hptgefr: 'spc',
  stgefr: 'spc',
  ostgefr: 'cpl',
  uffz: 'sgt',
  stuffz: 'ssg',
  fw: 'sgt',
  ofw: 'ssg',
  hfw: 'sfc',
  stfw: 'msg',
  ostfw: 'sgm',
  olt: '1lt',
  hptm: 'cpt',
};

/** Small words of the sentence ("kein Ausschuss", "nicht", "und", "ca."), read as English so the readers' grammar finds its way. */
const GRAMMAR: Readonly<Record<string, string>> = {
  korrektur: 'correction',
  kein: 'no',
  keine: 'no',
  nicht: 'not',
  und: 'and',
  mit: 'with',
  'ca.': 'about',
};

export const GERMAN_GLOSSES: Readonly<Record<string, string>> = {
  ...BODY,
  ...GERMAN_SIDES,
  ...HURTS,
  ...CARE,
  ...SIGNS,
  ...PEOPLE,
  ...GERMAN_RANKS,
  ...GRAMMAR,
};
