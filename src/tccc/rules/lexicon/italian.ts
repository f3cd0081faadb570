/**
 * Italian words of Italian medics writing for English readers ("laccio emostatico coscia sx ore 14.20", "PA 100/60,
 * FC 118, FR 24", "fisiologica 500 ml e.v.", "Ketamina considerata, non somministrata"), each with the English words
 * the readers already know, as lexicon/french.ts does for French. Keys are lower case and without accents ("unità" is
 * looked up as "unita"); an abbreviation keeps its dots ("e.v.", "ac. tranexamico"). Some are English words or names
 * too ("dx" a diagnosis, "SPC Testa", "circa"), so italian-glosses.ts reads them only where Italian is sure: a side
 * after an Italian part, a small word beside an Italian word, no capitalised word after a rank or casualty label;
 * "ago", "ore" only before a number, and "per" never.
 */

/** Body parts, named as the English table names them ("coscia" → thigh → leg). */
const BODY: Readonly<Record<string, string>> = {
  coscia: 'thigh',
  gamba: 'leg',
  gambe: 'legs',
  ginocchio: 'knee',
  caviglia: 'ankle',
  piede: 'foot',
  braccio: 'arm',
  avambraccio: 'forearm',
  gomito: 'elbow',
  polso: 'wrist',
  mano: 'hand',
  spalla: 'shoulder',
  testa: 'head',
  'cuoio capelluto': 'scalp',
  collo: 'neck',
  torace: 'chest',
  addome: 'abdomen',
  bacino: 'pelvis',
  sternale: 'sternal',
};

/** Sides, written after the part in Italian ("coscia sx"); the gloss puts them before it, as English says them. */
export const ITALIAN_SIDES: Readonly<Record<string, string>> = {
  dx: 'right',
  sx: 'left',
  destra: 'right',
  destro: 'right',
  sinistra: 'left',
  sinistro: 'left',
};

/** Wounds and what caused them ("ferite da scheggia", "FAF" (ferita d'arma da fuoco), "ferita lacero-contusa"). */
const HURTS: Readonly<Record<string, string>> = {
  'amputazione traumatica': 'traumatic amputation',
  'ferita da scheggia': 'fragment wound',
  'ferite da scheggia': 'fragment wounds',
  'ferita lacero-contusa': 'laceration',
  faf: 'gunshot wound',
  frattura: 'fracture',
  caduta: 'fall',
  metri: 'meters',
  colpito: 'hit',
  colpita: 'hit',
  ferita: 'wound',
  ferite: 'wounds',
};

/** Care given ("laccio emostatico", "bendaggio compressivo", "cintura pelvica", "sangue intero 1 unità e.v."). */
const CARE: Readonly<Record<string, string>> = {
  'laccio emostatico': 'tourniquet',
  laccio: 'tourniquet',
  lacci: 'tourniquets',
  'bendaggio compressivo': 'pressure dressing',
  'garza emostatica': 'hemostatic gauze',
  zaffata: 'packed',
  'vena periferica': 'iv',
  tentata: 'attempted',
  fallita: 'failed',
  'cintura pelvica': 'pelvic binder',
  stecca: 'splint',
  coperta: 'blanket',
  // "endovenosa": into a vein.
  'e.v.': 'iv',
  intranasale: 'intranasal',
  fisiologica: 'saline',
  'sangue intero': 'whole blood',
  unita: 'unit',
  'acido tranexamico': 'tranexamic acid',
  'ac. tranexamico': 'tranexamic acid',
  'plasma liofilizzato': 'freeze dried plasma',
  fentanil: 'fentanyl',
  ketamina: 'ketamine',
  morfina: 'morphine',
  paracetamolo: 'paracetamol',
  considerato: 'considered',
  considerata: 'considered',
  'non dato': 'not given',
  'non somministrato': 'not given',
  'non somministrata': 'not given',
};

/** Vital signs and their Italian shorthand ("PA 100/60", "FC 118", "FR 24", "dolore 8/10", "vigile"). */
const SIGNS: Readonly<Record<string, string>> = {
  // Pressione arteriosa, frequenza cardiaca, frequenza respiratoria.
  pa: 'bp',
  fc: 'hr',
  fr: 'rr',
  dolore: 'pain',
  vigile: 'alert',
  sveglio: 'alert',
  sveglia: 'alert',
  'risponde alla voce': 'responds to voice',
};

/** Shorthand glossed only in capitals before its reading ("PA 100/60", "FC 118"; "PA Moss" is a physician assistant). */
export const ITALIAN_SIGN_SHORTHAND: ReadonlySet<string> = new Set(['pa', 'fc', 'fr']);

/** Who the casualty is ("Ferito: …, maschio", "femmina", "Allergie: nessuna nota", "allergica alla penicillina"). */
const PEOPLE: Readonly<Record<string, string>> = {
  ferito: 'casualty',
  maschio: 'male',
  femmina: 'female',
  allergie: 'allergies',
  'nessuna nota': 'none known',
  'allergica alla': 'allergic to',
  'allergico alla': 'allergic to',
};

/**
 * Ranks before a name, as the English ranks of the same grade ("C.le Magg. Andrea Ferraro"). "Serg." is left out: a
 * medic who signs "Serg. Marco Bellini, soccorritore" before his "Ferito:" would be read as the casualty.
 */
export const ITALIAN_RANKS: Readonly<Record<string, string>> = {
  'c.le': 'cpl',
  'c.le magg.': 'cpl',
  'c.le magg. sc.': 'cpl',
};

/** Small words of the sentence, read as English so the readers' grammar finds its way; only in lower case. */
export const ITALIAN_GRAMMAR: Readonly<Record<string, string>> = {
  di: 'of',
  su: 'on',
  sul: 'on the',
  sulla: 'on the',
  dalla: 'from the',
  circa: 'about',
};

/** A number taken back ("FC 128 – scusate, 118"): no Spanish or English word, so read beside any word. */
const TAKE_BACKS: Readonly<Record<string, string>> = { scusate: 'sorry', scusa: 'sorry', scusami: 'sorry' };

export const ITALIAN_GLOSSES: Readonly<Record<string, string>> = {
  ...BODY,
  ...ITALIAN_SIDES,
  ...HURTS,
  ...CARE,
  ...SIGNS,
  ...PEOPLE,
  ...ITALIAN_RANKS,
  ...ITALIAN_GRAMMAR,
  ...TAKE_BACKS,
};
