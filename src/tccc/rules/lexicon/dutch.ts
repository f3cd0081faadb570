/**
 * Dutch words of Dutch medics writing for English readers ("tourniquet linkerbovenbeen om 14.08 uur", "pols 124, RR
 * 95/60, AH 26", "IV poging mislukt", "Morfine niet gegeven"), each with the English words the readers already know, as
 * lexicon/german.ts does for German. Keys are lower case and without accents ("Allergieën" is looked up as
 * "allergieen"). Dutch writes the side before the part, as English does, and often joined to it ("linkeronderarm"):
 * the joined sides are DUTCH_JOINED_SIDES, the parts they join DUTCH_BODY.
 */

/** Body parts, named as the English table names them ("bovenbeen" → thigh → leg); "pols" is the pulse, not the wrist. */
export const DUTCH_BODY: Readonly<Record<string, string>> = {
  bovenbeen: 'thigh',
  onderbeen: 'shin',
  dijbeen: 'thigh',
  been: 'leg',
  benen: 'legs',
  voet: 'foot',
  knie: 'knee',
  onderarm: 'forearm',
  bovenarm: 'upper arm',
  arm: 'arm',
  hand: 'hand',
  elleboog: 'elbow',
  elleboogsplooi: 'antecubital',
  schouder: 'shoulder',
  hoofd: 'head',
  achterhoofd: 'occiput',
  gezicht: 'face',
  nek: 'neck',
  borst: 'chest',
  borstkas: 'chest',
  buik: 'abdomen',
  bekken: 'pelvis',
  rug: 'back',
  lies: 'groin',
  bil: 'buttock',
};

/** A side joined to the part after it ("linkerbovenbeen", "rechteronderarm"), or written apart ("rechter elleboogsplooi"). */
export const DUTCH_JOINED_SIDES: Readonly<Record<string, string>> = { linker: 'left', rechter: 'right' };

/** Wounds and what caused them ("geen uitschotwond", "fragmentatiewonden", "traumatische amputatie", "Bermbom"). */
const HURTS: Readonly<Record<string, string>> = {
  schotwond: 'gunshot wound',
  inschotwond: 'entry wound',
  uitschotwond: 'exit wound',
  traumatische: 'traumatic',
  amputatie: 'amputation',
  fragmentatiewond: 'fragment wound',
  fragmentatiewonden: 'fragment wounds',
  scherfwond: 'fragment wound',
  scherfwonden: 'fragment wounds',
  laceratie: 'laceration',
  fractuur: 'fracture',
  brandwond: 'burn',
  brandwonden: 'burns',
  bloeding: 'bleeding',
  bermbom: 'ied',
  val: 'fall',
};

/** Care given and not given ("drukverband", "poging mislukt", "tweede TQ", "niet aangelegd", "Volbloed, 1 eenheid"). */
const CARE: Readonly<Record<string, string>> = {
  drukverband: 'pressure dressing',
  spalk: 'splint',
  bekkengordel: 'pelvic binder',
  hypothermiepreventie: 'hypothermia prevention',
  volbloed: 'whole blood',
  eenheid: 'unit',
  sternale: 'sternal',
  zuurstof: 'oxygen',
  morfine: 'morphine',
  cefazoline: 'cefazolin',
  poging: 'attempt',
  mislukt: 'failed',
  gestart: 'started',
  aangelegd: 'applied',
  overwogen: 'considered',
  gegeven: 'given',
  'niet gegeven': 'not given',
  'niet aangelegd': 'not applied',
  eerste: 'first',
  tweede: 'second',
  correctie: 'correction',
};

/** Signs and the shorthand of a set of them ("pols 124", "AH 26", "saturatie 93%", "aanspreekbaar", "pijnscore 8"). */
const SIGNS: Readonly<Record<string, string>> = {
  pols: 'pulse',
  // Ademhalingsfrequentie: the rate of breathing.
  ah: 'rr',
  saturatie: 'spo2',
  pijnscore: 'pain score',
  pijn: 'pain',
  aanspreekbaar: 'alert',
  'reageert op aanspreken': 'responds to voice',
  'reageert alleen op aanspreken': 'responds to voice',
  'reageert op pijn': 'responds to pain',
  bewusteloos: 'unresponsive',
  verward: 'confused',
  'vitale parameters': 'vitals',
};

/**
 * Dutch words that English writes too ("has been applied", "he lies", "en route", "we met the QRF"): Dutch only right
 * after a side ("rechter been"), or inside a joined word ("linkerbeen").
 */
export const DUTCH_HOMOGRAPHS: ReadonlySet<string> = new Set(['been', 'lies', 'rug', 'en', 'met']);

/** Shorthand glossed only in capitals before its reading ("AH 26"). */
export const DUTCH_SIGN_SHORTHAND: ReadonlySet<string> = new Set(['ah']);

/** Who the casualty is ("Kpl Anouk Smit, vrouw", "Allergieën: onbekend"), ranks before a name. */
const PEOPLE: Readonly<Record<string, string>> = {
  vrouw: 'female',
  allergie: 'allergy',
  allergieen: 'allergies',
  onbekend: 'unknown',
  patient: 'patient',
};

/** Ranks before a name, as the English ranks of the same grade ("Sld1 Joost Bakker", "Kpl Anouk Smit"). */
export const DUTCH_RANKS: Readonly<Record<string, string>> = {
  sld: 'pvt',
  sld1: 'pfc',
  kpl: 'cpl',
  kpl1: 'cpl',
  sgt1: 'ssg',
  wmr: 'sfc',
  elnt: '1lt',
  tlnt: '2lt',
  kap: 'cpt',
};

/** Small words of the sentence ("om 14.08 uur", "geen", "ongeveer"), read as English so the readers' grammar finds its way. */
const GRAMMAR: Readonly<Record<string, string>> = {
  om: 'at',
  uur: 'hours',
  ongeveer: 'about',
  geen: 'no',
  niet: 'not',
  en: 'and',
  met: 'with',
  nu: 'now',
};

export const DUTCH_GLOSSES: Readonly<Record<string, string>> = {
  ...DUTCH_BODY,
  ...DUTCH_JOINED_SIDES,
  ...HURTS,
  ...CARE,
  ...SIGNS,
  ...PEOPLE,
  ...DUTCH_RANKS,
  ...GRAMMAR,
};

/** Words only Dutch writes: a narrative with enough of them is Dutch ("arm", "hand", "en" are English or Spanish too). */
export const DUTCH_MARKERS: ReadonlySet<string> = new Set([
  'uur',
  'geen',
  'niet',
  'pols',
  'gegeven',
  'mislukt',
  'aanspreekbaar',
  'ongeveer',
  'correctie',
  'drukverband',
  'pijnscore',
  'saturatie',
  'eenheid',
  'allergieen',
  'het',
  'een',
  'bij',
  'gedaan',
  'bevindingen',
  'behandeling',
  'letsel',
  'overdracht',
]);
