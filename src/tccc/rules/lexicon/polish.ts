/**
 * Polish words of Polish partner medics writing for English readers, or in Polish with English words between ("opaska
 * uciskowa udo lewe godz. 14:20", "tętno 118, oddechy 24", "bez rany wylotowej", "morfina – nie podano"), each with the
 * English words the readers already know, as lexicon/italian.ts does for Italian. Keys are lower case and without
 * accents ("tętno" is looked up as "tetno"); "ł" is a letter of its own and stays. Polish writes the side after the
 * part ("przedramię prawe"), and bends both ("na udzie", "podudzia lewego"): each form the medics write is a key.
 */

/** Body parts, named as the English table names them ("udo" → thigh → leg), with the forms after "na", "od". */
const BODY: Readonly<Record<string, string>> = {
  udo: 'thigh',
  udzie: 'thigh',
  uda: 'thigh',
  podudzie: 'shin',
  podudzia: 'shin',
  podudziu: 'shin',
  noga: 'leg',
  nogi: 'leg',
  nodze: 'leg',
  kolano: 'knee',
  stopa: 'foot',
  stopie: 'foot',
  przedramie: 'forearm',
  przedramienia: 'forearm',
  przedramieniu: 'forearm',
  ramie: 'arm',
  ramienia: 'arm',
  ramieniu: 'arm',
  reka: 'arm',
  dłon: 'hand',
  dłoni: 'hand',
  bark: 'shoulder',
  'zgieciu łokciowym': 'antecubital',
  'zgiecie łokciowe': 'antecubital',
  głowa: 'head',
  głowe: 'head',
  głowy: 'head',
  'skory głowy': 'scalp',
  szyja: 'neck',
  'klatka piersiowa': 'chest',
  brzuch: 'abdomen',
  miednica: 'pelvis',
  plecy: 'back',
};

/** Sides, written after the part in Polish ("udo lewe"); the gloss puts them before it, as English says them. */
export const POLISH_SIDES: Readonly<Record<string, string>> = Object.fromEntries(
  ['e', 'a', 'y', 'ego', 'ej', 'ym'].flatMap((ending) => [
    [`lew${ending}`, 'left'],
    [`praw${ending}`, 'right'],
  ]),
);

/** Wounds and what caused them ("postrzał przelotowy", "bez rany wylotowej", "złamanie otwarte", "odłamki"). */
const HURTS: Readonly<Record<string, string>> = {
  postrzał: 'gsw',
  'postrzał przelotowy': 'through and through gsw',
  'rana penetrujaca': 'penetrating wound',
  'rana tłuczona': 'laceration',
  'bez rany wylotowej': 'no exit wound',
  rana: 'wound',
  rany: 'wounds',
  odłamki: 'fragments',
  granat: 'grenade',
  'granat reczny': 'hand grenade',
  wybuch: 'explosion',
  'złamanie otwarte': 'open fracture',
  'złamania otwartego': 'open fracture',
  złamanie: 'fracture',
  'uraz głowy': 'head injury',
  krwawienie: 'bleeding',
  wypadek: 'accident',
};

/** Care given ("opaska uciskowa", "opatrunek uciskowy", "wenflon 14G", "szyna SAM", "koc termiczny", "tlen"). */
const CARE: Readonly<Record<string, string>> = {
  'opaska uciskowa': 'tourniquet',
  'opaski uciskowej': 'tourniquet',
  'opaske uciskowa': 'tourniquet',
  opaska: 'tourniquet',
  'opatrunek uciskowy': 'pressure dressing',
  'opatrunek uciskowy na': 'pressure dressing to',
  'drugi opatrunek uciskowy': 'second pressure dressing',
  opatrunek: 'dressing',
  spakowałem: 'packed',
  wenflon: 'iv',
  'dostep iv': 'iv',
  proba: 'attempt',
  'proba iv': 'iv attempt',
  nieudane: 'failed',
  nieudana: 'failed',
  szyna: 'splint',
  tlen: 'oxygen',
  koc: 'blanket',
  'koc termiczny': 'blanket',
  'ochrona przed hipotermia': 'hypothermia prevention',
  'przeciw hipotermii': 'hypothermia prevention',
  'osocze liofilizowane': 'freeze dried plasma',
  osocze: 'plasma',
  'kwas traneksamowy': 'tranexamic acid',
  ketamina: 'ketamine',
  ketaminy: 'ketamine',
  morfina: 'morphine',
  ertapenemu: 'ertapenem',
  antybiotyku: 'antibiotic',
  'nie podano': 'not given',
  'nie dałem': 'not given',
  'nie zakładałem': 'not applied',
  'nie zakładałam': 'not applied',
  niepotrzebna: 'not needed',
};

/** Vital signs ("tętno 118", "oddechy 24", "ból 7/10", "przytomny"); "RR" is the pressure, as German writes it. */
const SIGNS: Readonly<Record<string, string>> = {
  tetno: 'pulse',
  oddechy: 'resp rate',
  bol: 'pain',
  przytomny: 'alert',
  przytomna: 'alert',
  splatana: 'confused',
  splatany: 'confused',
  rr: 'bp',
};

/** Who the casualty is ("Ranny: …", "Poszkodowana: …, kobieta", "uczuleń brak", "Uczulenia: penicylina"). */
const PEOPLE: Readonly<Record<string, string>> = {
  pacjent: 'patient',
  ranny: 'casualty',
  ranna: 'casualty',
  poszkodowany: 'casualty',
  poszkodowana: 'casualty',
  mezczyzna: 'male',
  kobieta: 'female',
  uczulenia: 'allergies',
  'uczulen brak': 'no allergies',
  'brak znanych uczulen': 'no known allergies',
  'brak znanych uczulen na leki': 'no known drug allergies',
  penicylina: 'penicillin',
  // Numer ewidencyjny: the soldier's service number, what an American card calls his roster number.
  numer: 'roster',
  nr: 'roster',
  'nr ewid.': 'roster',
};

/**
 * Ranks before a name, as the English ranks of the same grade ("st. szer. Dawid Nowicki", "kpr. Anna Zielińska").
 * The sergeants' ranks are left out: the medic who signs "plut. Kamil Wrona, sanitariusz" would be read as the
 * casualty, as Italian leaves out "Serg.".
 */
export const POLISH_RANKS: Readonly<Record<string, string>> = {
  'szer.': 'pvt',
  'st. szer.': 'pfc',
  'kpr.': 'cpl',
  'st. kpr.': 'cpl',
};

/** A number taken back ("11:55 – nie, 11:57", "nie, poprawka: przedramię lewe"); "nie" is glossed so only before a comma. */
const POLISH_TAKE_BACKS: Readonly<Record<string, string>> = {
  poprawka: 'correction',
  korekta: 'correction',
};

export const POLISH_GLOSSES: Readonly<Record<string, string>> = {
  ...BODY,
  ...POLISH_SIDES,
  ...HURTS,
  ...CARE,
  ...SIGNS,
  ...PEOPLE,
  ...POLISH_RANKS,
  ...POLISH_TAKE_BACKS,
};

/** Words only Polish writes: three of them make a narrative Polish, and only then is its Polish glossed. */
export const POLISH_MARKERS: ReadonlySet<string> = new Set([
  'nie',
  'tetno',
  'oddechy',
  'godz',
  'brak',
  'przytomny',
  'przytomna',
  'opaska',
  'uciskowa',
  'opatrunek',
  'uciskowy',
  'podano',
  'rany',
  'lewe',
  'prawe',
  'bol',
]);
